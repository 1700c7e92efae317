"""Turning documents into dated, located, checkable claims, and finding the tiles that can check them."""
