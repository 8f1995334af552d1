from __future__ import nested_scopes
from __future__ import braces
