// core/lang: generators, coroutines and async generators — objects that own a suspended Frame.
//
// send() resumes the frame with a value until it yields (the value comes back), returns (the
// generator is exhausted; StopIteration carries the return value) or raises. throw() raises
// inside the frame at the point where it is suspended, delegating to the iterator of a pending
// `yield from`/`await` first, as CPython does. A coroutine is the same object with another type.
#pragma once

#include "core/lang/objects.h"

namespace asyncplay::lang {

struct Frame;

enum class GenStatus { kYielded, kReturned, kError };

// Wraps a fresh frame of a generator/coroutine/async generator function (takes the frame).
Ref new_generator(Frame* frame);

// Sends `v` to any iterator-like receiver (our generators directly, else next()/send()):
// *out gets the value yielded or returned (owned).
GenStatus gen_send_any(Value receiver, Value v, Value* out);

// The builtins aiter(async_iterable) and anext(async_iterator[, default]).
Ref builtin_aiter(Value self, Args args);
Ref builtin_anext(Value self, Args args);

// asyncio.Future.__await__'s iterator over `future` (see FutureIter in genobject.cpp).
Ref new_future_iter(Value future);

// What `await v` iterates: a coroutine itself, or v.__await__()'s iterator. TypeError otherwise.
Ref get_awaitable_iter(Value v);

// The VM's `yield` in an async generator's body (not an `await` inside it) marks its owner.
void async_gen_mark_yield(Object* owner);

void init_generator_types();

}  // namespace asyncplay::lang
