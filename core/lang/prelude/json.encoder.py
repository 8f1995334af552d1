"""json.encoder: re-exports JSONEncoder from json (asyncplay keeps json in one module)."""

from json import JSONEncoder

__all__ = ['JSONEncoder']
