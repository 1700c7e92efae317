"""The annotation domain model: frozen records, the taxonomy, and the project aggregate. No Qt, no napari."""

from .annotation import Annotation, Confidence
from .errors import InvariantError, NotFoundError, ProjectError
from .evidence import Assessment, Claim, Link, Relation, SourceDocument
from .geometry import PixelGeometry
from .project import Project
from .taxonomy import Taxonomy, load_taxonomy
from .tile_ref import TileRef

__all__ = ["Annotation", "Confidence", "PixelGeometry", "TileRef", "SourceDocument", "Claim", "Link", "Relation",
           "Assessment", "Project", "Taxonomy", "load_taxonomy", "ProjectError", "NotFoundError", "InvariantError"]
