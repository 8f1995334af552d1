// core/lang: the runtime side of match statements (the MATCH_* instructions).
//
// The compiler turns each pattern into tests and jumps; these functions are the tests that need
// more than one instruction's worth of code: what counts as a sequence or a mapping, looking
// keys up in a mapping subject, and the attributes a class pattern extracts.
#pragma once

#include "core/lang/objects.h"

namespace asyncplay::lang {

// Whether `v` can match a sequence pattern (list, tuple, range, deque; not str or bytes).
bool match_is_sequence(Value v);
// Whether `v` can match a mapping pattern (dict and its subclasses).
bool match_is_mapping(Value v);
// The values of `subject` for the tuple `keys` as a tuple, None when one is missing; null on
// error.
Ref match_keys(Value subject, Value keys);
// A dict copy of `subject` without the tuple `keys`.
Ref match_copy_without_keys(Value subject, Value keys);
// Class pattern cls(npos positional, keyword names `kw`): the tuple of attributes, None when
// `subject` does not match; null on error (TypeError for bad __match_args__ and the like).
Ref match_class(Value subject, Value cls, uint32_t npos, Value kw);

}  // namespace asyncplay::lang
