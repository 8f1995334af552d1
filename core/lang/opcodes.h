// core/lang: the bytecode instruction set, in one X-macro list.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits and a 24-bit argument above it.
// Each entry: X(NAME, stack effect, meaning). The stack effect is the net number of values the
// instruction pushes (negative: pops) when its argument does not change it; "var" ones are
// computed by stack_effect() in compiler.cpp. The enum, the disassembler's names and the VM's
// dispatch are generated from this list, so they cannot drift apart.
#pragma once

#include <cstdint>

#define ASYNCPLAY_OPCODES(X)                                                                  \
  X(NOP, 0, "nothing")                                                                        \
  X(POP_TOP, -1, "drop TOS")                                                                  \
  X(ROT_TWO, 0, "swap TOS and TOS1")                                                          \
  X(ROT_THREE, 0, "lift TOS to third place")                                                  \
  X(ROT_FOUR, 0, "lift TOS to fourth place")                                                  \
  X(DUP_TOP, 1, "push TOS again")                                                             \
  X(DUP_TOP_TWO, 2, "push TOS1, TOS again")                                                   \
  X(LOAD_CONST, 1, "push consts[arg]")                                                        \
  X(LOAD_FAST, 1, "push local arg (UnboundLocalError if unset)")                              \
  X(STORE_FAST, -1, "pop into local arg")                                                     \
  X(DELETE_FAST, 0, "unset local arg")                                                        \
  X(LOAD_DEREF, 1, "push the content of cell arg")                                            \
  X(STORE_DEREF, -1, "pop into cell arg")                                                     \
  X(DELETE_DEREF, 0, "empty cell arg")                                                        \
  X(LOAD_CLOSURE, 1, "push cell arg itself (to build a closure)")                             \
  X(LOAD_CLASSDEREF, 1, "class body: names[arg'] in locals, else cell")                       \
  X(LOAD_GLOBAL, 1, "push global or builtin names[arg]")                                      \
  X(STORE_GLOBAL, -1, "pop into global names[arg]")                                           \
  X(DELETE_GLOBAL, 0, "delete global names[arg]")                                             \
  X(LOAD_NAME, 1, "push names[arg] from locals, globals, builtins")                           \
  X(STORE_NAME, -1, "pop into locals names[arg]")                                             \
  X(DELETE_NAME, 0, "delete locals names[arg]")                                               \
  X(LOAD_ATTR, 0, "replace TOS with TOS.names[arg]")                                          \
  X(STORE_ATTR, -2, "TOS.names[arg] = TOS1")                                                  \
  X(DELETE_ATTR, -1, "del TOS.names[arg]")                                                    \
  X(LOAD_METHOD, 1, "replace TOS with (method, self) or (NULL, attribute)")                   \
  X(BINARY_SUBSCR, -1, "TOS1[TOS]")                                                           \
  X(STORE_SUBSCR, -3, "TOS1[TOS] = TOS2")                                                     \
  X(DELETE_SUBSCR, -2, "del TOS1[TOS]")                                                       \
  X(BINARY_OP, -1, "TOS1 op TOS, op = BinOp arg")                                             \
  X(INPLACE_OP, -1, "TOS1 op= TOS, op = BinOp arg")                                           \
  X(UNARY_OP, 0, "op TOS, op = UnOp arg")                                                     \
  X(UNARY_NOT, 0, "not TOS")                                                                  \
  X(COMPARE_OP, -1, "TOS1 cmp TOS, cmp = CmpOp arg")                                          \
  X(IS_OP, -1, "TOS1 is TOS (arg 1: is not)")                                                 \
  X(CONTAINS_OP, -1, "TOS1 in TOS (arg 1: not in)")                                           \
  X(JUMP, 0, "ip = arg")                                                                      \
  X(POP_JUMP_IF_FALSE, -1, "pop; jump to arg if false")                                       \
  X(POP_JUMP_IF_TRUE, -1, "pop; jump to arg if true")                                         \
  X(JUMP_IF_FALSE_OR_POP, var, "jump to arg keeping TOS if false, else pop")                  \
  X(JUMP_IF_TRUE_OR_POP, var, "jump to arg keeping TOS if true, else pop")                    \
  X(GET_ITER, 0, "replace TOS with iter(TOS)")                                                \
  X(FOR_ITER, var, "push next(TOS), or pop TOS and jump to arg when exhausted")               \
  X(BUILD_TUPLE, var, "pop arg values, push a tuple")                                         \
  X(BUILD_LIST, var, "pop arg values, push a list")                                           \
  X(BUILD_SET, var, "pop arg values, push a set")                                             \
  X(BUILD_MAP, var, "pop arg key/value pairs, push a dict")                                   \
  X(BUILD_SLICE, var, "pop 2 or 3 values, push a slice")                                      \
  X(BUILD_STRING, var, "pop arg strings, push their concatenation")                           \
  X(LIST_APPEND, -1, "append TOS to the list arg deep")                                       \
  X(SET_ADD, -1, "add TOS to the set arg deep")                                               \
  X(MAP_ADD, -2, "set TOS1: TOS in the dict arg deep")                                        \
  X(LIST_EXTEND, -1, "extend the list arg deep with TOS")                                     \
  X(SET_UPDATE, -1, "update the set arg deep with TOS")                                       \
  X(DICT_UPDATE, -1, "update the dict arg deep with TOS")                                     \
  X(DICT_MERGE, -1, "as DICT_UPDATE, but duplicate keys are a TypeError (calls)")             \
  X(LIST_TO_TUPLE, 0, "replace the list TOS with a tuple")                                    \
  X(UNPACK_SEQUENCE, var, "pop an iterable, push its arg items (last first)")                 \
  X(UNPACK_EX, var, "star unpack: arg = before | after << 8")                                 \
  X(FORMAT_VALUE, var, "f-string field: arg&3 conversion, arg&4 a spec is on the stack")      \
  X(CALL, var, "call TOS-arg-1 with arg positional values (after LOAD_METHOD: +1)")           \
  X(CALL_KW, var, "as CALL; TOS is a tuple of keyword names for the last values")             \
  X(CALL_FUNCTION_EX, var, "call with *args tuple (and **kwargs dict if arg&1)")              \
  X(MAKE_FUNCTION, var, "build a function from code TOS; arg flags say what else is below")   \
  X(RETURN_VALUE, -1, "return TOS")                                                           \
  X(LOAD_BUILD_CLASS, 1, "push __build_class__")                                              \
  X(IMPORT_NAME, -1, "import names[arg] (TOS1 level, TOS fromlist)")                          \
  X(IMPORT_FROM, 1, "push TOS.names[arg] (ImportError if missing)")                           \
  X(IMPORT_STAR, -1, "copy public names of module TOS into locals")                           \
  X(RAISE_VARARGS, var, "raise: arg 0 re-raise, 1 TOS, 2 TOS1 from TOS")                      \
  X(SETUP_FINALLY, 0, "push an exception handler at arg")                                     \
  X(POP_BLOCK, 0, "pop the innermost handler")                                                \
  X(POP_EXCEPT, -1, "leave an except block: restore the exception it saved")                  \
  X(RERAISE, -1, "raise TOS again, keeping its traceback")                                    \
  X(JUMP_IF_NOT_EXC_MATCH, -2, "jump to arg unless TOS1 matches the exception class(es) TOS") \
  X(CHECK_EG_MATCH, 0, "except*: split the group TOS1 by TOS into rest, match")               \
  X(PREP_RERAISE_STAR, -1, "except*: combine raised and unhandled groups")                    \
  X(BEFORE_WITH, 1, "enter context manager TOS: push __exit__, then __enter__()")             \
  X(WITH_EXCEPT_START, 1, "call __exit__ (below the exception) with the exception")           \
  X(LOAD_ASSERTION_ERROR, 1, "push AssertionError")                                           \
  X(YIELD_VALUE, 0, "yield TOS; the value sent in replaces it")                               \
  X(SEND, 0, "yield from: send TOS to the iterator TOS1; jump to arg when it returns")        \
  X(GET_YIELD_FROM_ITER, 0, "replace TOS with iter(TOS) unless it is a generator/coroutine")  \
  X(GET_AWAITABLE, 0, "replace TOS with its awaitable iterator (arg: where, for messages)")   \
  X(GET_AITER, 0, "replace TOS with TOS.__aiter__()")                                         \
  X(GET_ANEXT, 1, "push the awaitable TOS.__anext__()")                                       \
  X(END_ASYNC_FOR, -3, "StopAsyncIteration ends an async for (pops it, prev, the iterator)")  \
  X(BEFORE_ASYNC_WITH, 1, "push __aexit__, then the awaitable __aenter__()")                  \
  X(SETUP_ANNOTATIONS, 0, "create __annotations__ in locals if missing")                      \
  X(GET_LEN, 1, "match: push len(TOS)")                                                       \
  X(MATCH_SEQUENCE, 1, "match: push whether TOS can match a sequence pattern")                \
  X(MATCH_MAPPING, 1, "match: push whether TOS can match a mapping pattern")                  \
  X(MATCH_KEYS, 1, "match: push TOS1's values for the keys tuple TOS, or None")               \
  X(COPY_DICT_WITHOUT_KEYS, 0, "match: keys TOS -> a dict copy of TOS1 without them")         \
  X(MATCH_CLASS, -2, "match: TOS2 as cls TOS1(arg pos., kw names TOS): attrs or None")        \
  X(PRINT_EXPR, -1, "interactive: print repr(TOS)")                                           \
  X(EXTENDED_ARG, 0, "unused: arguments are 24 bits")

namespace asyncplay::lang {

constexpr int var = 0;  // marks stack effects that depend on the argument

enum class Op : uint8_t {
#define ASYNCPLAY_OP_ENUM(name, effect, meaning) name,
  ASYNCPLAY_OPCODES(ASYNCPLAY_OP_ENUM)
#undef ASYNCPLAY_OP_ENUM
      kCount
};

const char* op_name(Op op);

using Instr = uint32_t;
constexpr uint32_t kMaxArg = (1u << 24) - 1;
inline constexpr Instr make_instr(Op op, uint32_t arg) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
inline constexpr Op instr_op(Instr i) {
  return static_cast<Op>(i & 0xff);
}
inline constexpr uint32_t instr_arg(Instr i) {
  return i >> 8;
}

// MAKE_FUNCTION flags (what lies below the code object on the stack, deepest first).
enum MakeFunctionFlags : uint32_t {
  kFnDefaults = 1,     // a tuple of positional defaults
  kFnKwDefaults = 2,   // a dict of keyword-only defaults
  kFnAnnotations = 4,  // a dict of annotations
  kFnClosure = 8,      // a tuple of cells
};

// FORMAT_VALUE argument.
enum FormatFlags : uint32_t {
  kFmtConvNone = 0,
  kFmtConvStr = 1,
  kFmtConvRepr = 2,
  kFmtConvAscii = 3,
  kFmtHasSpec = 4,
};

}  // namespace asyncplay::lang
