"""Evidence reports (HTML, Markdown) and publication figures."""
