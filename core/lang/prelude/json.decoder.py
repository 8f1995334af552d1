"""json.decoder: re-exports the decoder classes from json (asyncplay keeps json in one module)."""

from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']
