// The abstract syntax tree: the parser's output and the compiler's input.
//
// The tree mirrors Python 3.11's `ast` module (Parser/Python.asdl): every node class has Python's
// name and every field Python's field name and meaning, so `python3 -c "import ast; ..."` is the
// reference for what a construct parses to, and core/lang/ast_dump.h prints a tree exactly as
// `ast.dump` does. Differences, all mechanical:
//   - Python's abstract sum types are the base classes ExprNode (expr), StmtNode (stmt) and
//     PatternNode (pattern); a node's concrete class is given by its `kind` tag (ExprKind,
//     StmtKind, PatternKind), and `as<T>()` casts to it. The stmt class `Expr` keeps its name.
//   - Product types are CamelCase: Arguments (arguments), Arg (arg), Keyword (keyword),
//     Alias (alias), WithItem (withitem), Comprehension (comprehension), MatchCase (match_case),
//     ExceptHandler (excepthandler).
//   - Enums: Operator (operator), Unaryop (unaryop), Boolop (boolop), Cmpop (cmpop),
//     ExprContext (expr_context).
//   - An optional child (`expr?` in the ASDL) is a null pointer when Python has None. An optional
//     identifier (`identifier?`) is an empty string when Python has None.
//   - Constant's value is spread over `value_kind`, `text` and `number` (see Constant); Python's
//     `Constant.kind` ('u' or None) is `kind_u`.
//
// Positions are Python's: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based UTF-8 byte
// offsets. Every node that has them in Python (expr, stmt, pattern, excepthandler, arg, keyword,
// alias) derives from Located.
//
// Ownership: every node lives in the Arena of the Module that holds it; child pointers are plain,
// non-owning pointers, and the whole tree is freed at once (without recursion) with its Module.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// The nodes live in namespace ast (like Python's ast module), apart from the runtime's objects
// (objects.h), several of which share their names (Dict, List, Tuple, Set, Slice, Module).
namespace asyncplay::lang::ast {

// ---------------------------------------------------------------------------------------------
// Ownership

// Every AST node. The virtual destructor lets the Arena destroy nodes it only knows as Node*.
struct Node {
  Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  virtual ~Node() = default;
};

// A bump allocator for nodes. Destroying the arena destroys its nodes in reverse creation order
// (a flat loop, so a 100,000-deep tree cannot overflow the native stack) and frees the memory.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_base_of_v<Node, T>);
    T* node = new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
    nodes_.push_back(node);
    return node;
  }
  size_t node_count() const { return nodes_.size(); }

 private:
  void* allocate(size_t size, size_t align);

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* next_ = nullptr;
  size_t left_ = 0;
  std::vector<Node*> nodes_;
};

// Source position, as Python's `_attributes` (lineno, col_offset, end_lineno, end_col_offset).
struct Located : Node {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// ---------------------------------------------------------------------------------------------
// Enumerations (Python's singleton node classes)

enum class ExprContext : uint8_t { Load, Store, Del };
enum class Boolop : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class Unaryop : uint8_t { Invert, Not, UAdd, USub };
enum class Cmpop : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// Python's class names ("Add", "Load", ...), as ast.dump prints them.
const char* name_of(ExprContext v);
const char* name_of(Boolop v);
const char* name_of(Operator v);
const char* name_of(Unaryop v);
const char* name_of(Cmpop v);

// ---------------------------------------------------------------------------------------------
// Node kinds, one X-macro list per sum type (the enum and the names are generated from it).

// clang-format off
#define ASYNCPLAY_EXPR_KINDS(X) \
  X(BoolOp) \
  X(NamedExpr) \
  X(BinOp) \
  X(UnaryOp) \
  X(Lambda) \
  X(IfExp) \
  X(Dict) \
  X(Set) \
  X(ListComp) \
  X(SetComp) \
  X(DictComp) \
  X(GeneratorExp) \
  X(Await) \
  X(Yield) \
  X(YieldFrom) \
  X(Compare) \
  X(Call) \
  X(FormattedValue) \
  X(JoinedStr) \
  X(Constant) \
  X(Attribute) \
  X(Subscript) \
  X(Starred) \
  X(Name) \
  X(List) \
  X(Tuple) \
  X(Slice)
// clang-format on

// clang-format off
#define ASYNCPLAY_STMT_KINDS(X) \
  X(FunctionDef) \
  X(AsyncFunctionDef) \
  X(ClassDef) \
  X(Return) \
  X(Delete) \
  X(Assign) \
  X(AugAssign) \
  X(AnnAssign) \
  X(For) \
  X(AsyncFor) \
  X(While) \
  X(If) \
  X(With) \
  X(AsyncWith) \
  X(Match) \
  X(Raise) \
  X(Try) \
  X(TryStar) \
  X(Assert) \
  X(Import) \
  X(ImportFrom) \
  X(Global) \
  X(Nonlocal) \
  X(Expr) \
  X(Pass) \
  X(Break) \
  X(Continue)
// clang-format on

// clang-format off
#define ASYNCPLAY_PATTERN_KINDS(X) \
  X(MatchValue) \
  X(MatchSingleton) \
  X(MatchSequence) \
  X(MatchMapping) \
  X(MatchClass) \
  X(MatchStar) \
  X(MatchAs) \
  X(MatchOr)
// clang-format on

#define ASYNCPLAY_ENUMERATOR(name) name,
enum class ExprKind : uint8_t { ASYNCPLAY_EXPR_KINDS(ASYNCPLAY_ENUMERATOR) };
enum class StmtKind : uint8_t { ASYNCPLAY_STMT_KINDS(ASYNCPLAY_ENUMERATOR) };
enum class PatternKind : uint8_t { ASYNCPLAY_PATTERN_KINDS(ASYNCPLAY_ENUMERATOR) };
#undef ASYNCPLAY_ENUMERATOR

const char* name_of(ExprKind k);
const char* name_of(StmtKind k);
const char* name_of(PatternKind k);

// A tagged base: `kind` says which concrete class a node is; is<T>() / as<T>() test and cast.
template <class Kind>
struct Tagged : Located {
  using KindType = Kind;
  explicit Tagged(Kind k) : kind(k) {}
  const Kind kind;

  template <class T>
  bool is() const {
    return kind == T::kKind;
  }
  template <class T>
  T* as() {
    assert(is<T>());
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    assert(is<T>());
    return static_cast<const T*>(this);
  }
  // nullptr unless the node is a T.
  template <class T>
  T* dyn() {
    return is<T>() ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* dyn() const {
    return is<T>() ? static_cast<const T*>(this) : nullptr;
  }
};

struct ExprNode : Tagged<ExprKind> {
  using Tagged::Tagged;
};
struct StmtNode : Tagged<StmtKind> {
  using Tagged::Tagged;
};
struct PatternNode : Tagged<PatternKind> {
  using Tagged::Tagged;
};

template <class T>
using Seq = std::vector<T*>;  // an ASDL `T*` field: a list of arena-owned nodes
using Body = Seq<StmtNode>;
using Exprs = Seq<ExprNode>;
using Identifiers = std::vector<std::string>;

// The boilerplate of a concrete node class: its kind tag and a constructor that sets it.
#define ASYNCPLAY_NODE(Base, Name)                  \
  static constexpr KindType kKind = KindType::Name; \
  Name() : Base(kKind) {}

struct Arg;
struct Keyword;
struct Comprehension;
struct ExceptHandler;
struct Alias;
struct WithItem;
struct MatchCase;

// ---------------------------------------------------------------------------------------------
// Product types

// arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults,
//           arg? kwarg, expr* defaults)
// kw_defaults has one entry per kwonlyarg (nullptr: no default); defaults belong to the last
// len(defaults) of posonlyargs + args.
struct Arguments : Node {
  Seq<Arg> posonlyargs;
  Seq<Arg> args;
  Arg* vararg = nullptr;
  Seq<Arg> kwonlyargs;
  Exprs kw_defaults;
  Arg* kwarg = nullptr;
  Exprs defaults;
};

// arg(identifier arg, expr? annotation)
struct Arg : Located {
  std::string arg;
  ExprNode* annotation = nullptr;
};

// keyword(identifier? arg, expr value); arg is empty for `**value`.
struct Keyword : Located {
  std::string arg;
  ExprNode* value = nullptr;
};

// alias(identifier name, identifier? asname); name may be dotted ("a.b") or "*".
struct Alias : Located {
  std::string name;
  std::string asname;
};

// withitem(expr context_expr, expr? optional_vars)
struct WithItem : Node {
  ExprNode* context_expr = nullptr;
  ExprNode* optional_vars = nullptr;
};

// comprehension(expr target, expr iter, expr* ifs, int is_async)
struct Comprehension : Node {
  ExprNode* target = nullptr;
  ExprNode* iter = nullptr;
  Exprs ifs;
  bool is_async = false;
};

// ExceptHandler(expr? type, identifier? name, stmt* body)  (the only excepthandler)
struct ExceptHandler : Located {
  ExprNode* type = nullptr;
  std::string name;
  Body body;
};

// match_case(pattern pattern, expr? guard, stmt* body)
struct MatchCase : Node {
  PatternNode* pattern = nullptr;
  ExprNode* guard = nullptr;
  Body body;
};

// ---------------------------------------------------------------------------------------------
// Expressions

struct BoolOp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, BoolOp)
  Boolop op{};
  Exprs values;
};

struct NamedExpr final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, NamedExpr)
  ExprNode* target = nullptr;  // always a Name (Store)
  ExprNode* value = nullptr;
};

struct BinOp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, BinOp)
  ExprNode* left = nullptr;
  Operator op{};
  ExprNode* right = nullptr;
};

struct UnaryOp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, UnaryOp)
  Unaryop op{};
  ExprNode* operand = nullptr;
};

struct Lambda final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Lambda)
  Arguments* args = nullptr;
  ExprNode* body = nullptr;
};

struct IfExp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, IfExp)
  ExprNode* test = nullptr;
  ExprNode* body = nullptr;
  ExprNode* orelse = nullptr;
};

// keys[i] is nullptr for a `**values[i]` entry.
struct Dict final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Dict)
  Exprs keys;
  Exprs values;
};

struct Set final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Set)
  Exprs elts;
};

struct ListComp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, ListComp)
  ExprNode* elt = nullptr;
  Seq<Comprehension> generators;
};

struct SetComp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, SetComp)
  ExprNode* elt = nullptr;
  Seq<Comprehension> generators;
};

struct DictComp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, DictComp)
  ExprNode* key = nullptr;
  ExprNode* value = nullptr;
  Seq<Comprehension> generators;
};

struct GeneratorExp final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, GeneratorExp)
  ExprNode* elt = nullptr;
  Seq<Comprehension> generators;
};

struct Await final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Await)
  ExprNode* value = nullptr;
};

struct Yield final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Yield)
  ExprNode* value = nullptr;  // nullptr for a bare `yield`
};

struct YieldFrom final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, YieldFrom)
  ExprNode* value = nullptr;
};

// left ops[0] comparators[0] ops[1] comparators[1] ...
struct Compare final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Compare)
  ExprNode* left = nullptr;
  std::vector<Cmpop> ops;
  Exprs comparators;
};

// args may contain Starred (`*a`); keywords with an empty arg are `**k`.
struct Call final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Call)
  ExprNode* func = nullptr;
  Exprs args;
  Seq<Keyword> keywords;
};

// One `{value!conversion:format_spec}` of an f-string.
struct FormattedValue final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, FormattedValue)
  static constexpr int kNoConversion = -1;
  ExprNode* value = nullptr;
  int conversion = kNoConversion;   // -1, 's' (115), 'r' (114) or 'a' (97)
  ExprNode* format_spec = nullptr;  // a JoinedStr, or nullptr
};

// An f-string: Constant (str) and FormattedValue parts.
struct JoinedStr final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, JoinedStr)
  Exprs values;
};

// Python's constant value, by type.
enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Constant)
  ConstantKind value_kind = ConstantKind::None;
  // Int: the literal exactly as written ("1_000", "0xFF", "0o17", "0b1", "123456789012345678901");
  //      see int_literal_to_i64 / int_literal_to_decimal.
  // Str: the value in UTF-8 (a lone surrogate from "\ud800" is its 3-byte generalized UTF-8 form).
  // Bytes: the value's bytes.
  std::string text;
  double number = 0;    // Float: the value; Complex: the imaginary part (the real part is 0)
  bool kind_u = false;  // Python's `kind`: 'u' for a string literal written u"..."
};

struct Attribute final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Attribute)
  ExprNode* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

// slice is any expression: a Slice, a Tuple (possibly of Slices), or a plain index.
struct Subscript final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Subscript)
  ExprNode* value = nullptr;
  ExprNode* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Starred final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Starred)
  ExprNode* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Name)
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct List final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, List)
  Exprs elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Tuple)
  Exprs elts;
  ExprContext ctx = ExprContext::Load;
};

// lower:upper:step, each optional (only inside a Subscript's slice).
struct Slice final : ExprNode {
  ASYNCPLAY_NODE(ExprNode, Slice)
  ExprNode* lower = nullptr;
  ExprNode* upper = nullptr;
  ExprNode* step = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Statements

struct FunctionDef final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, FunctionDef)
  std::string name;
  Arguments* args = nullptr;
  Body body;
  Exprs decorator_list;
  ExprNode* returns = nullptr;
};

// Same fields as FunctionDef.
struct AsyncFunctionDef final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, AsyncFunctionDef)
  std::string name;
  Arguments* args = nullptr;
  Body body;
  Exprs decorator_list;
  ExprNode* returns = nullptr;
};

struct ClassDef final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, ClassDef)
  std::string name;
  Exprs bases;
  Seq<Keyword> keywords;
  Body body;
  Exprs decorator_list;
};

struct Return final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Return)
  ExprNode* value = nullptr;
};

struct Delete final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Delete)
  Exprs targets;  // ctx Del
};

// targets[0] = targets[1] = ... = value
struct Assign final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Assign)
  Exprs targets;  // ctx Store
  ExprNode* value = nullptr;
};

struct AugAssign final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, AugAssign)
  ExprNode* target = nullptr;  // Name, Attribute or Subscript, ctx Store
  Operator op{};
  ExprNode* value = nullptr;
};

// simple is 1 for a bare Name target that was not written in parentheses.
struct AnnAssign final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, AnnAssign)
  ExprNode* target = nullptr;
  ExprNode* annotation = nullptr;
  ExprNode* value = nullptr;
  int simple = 0;
};

struct For final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, For)
  ExprNode* target = nullptr;
  ExprNode* iter = nullptr;
  Body body;
  Body orelse;
};

// Same fields as For.
struct AsyncFor final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, AsyncFor)
  ExprNode* target = nullptr;
  ExprNode* iter = nullptr;
  Body body;
  Body orelse;
};

struct While final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, While)
  ExprNode* test = nullptr;
  Body body;
  Body orelse;
};

// `elif` is an If alone in orelse.
struct If final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, If)
  ExprNode* test = nullptr;
  Body body;
  Body orelse;
};

struct With final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, With)
  Seq<WithItem> items;
  Body body;
};

struct AsyncWith final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, AsyncWith)
  Seq<WithItem> items;
  Body body;
};

struct Match final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Match)
  ExprNode* subject = nullptr;
  Seq<MatchCase> cases;
};

struct Raise final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Raise)
  ExprNode* exc = nullptr;
  ExprNode* cause = nullptr;
};

struct Try final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Try)
  Body body;
  Seq<ExceptHandler> handlers;
  Body orelse;
  Body finalbody;
};

// try: ... except* E: ...  (same fields as Try)
struct TryStar final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, TryStar)
  Body body;
  Seq<ExceptHandler> handlers;
  Body orelse;
  Body finalbody;
};

struct Assert final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Assert)
  ExprNode* test = nullptr;
  ExprNode* msg = nullptr;
};

struct Import final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Import)
  Seq<Alias> names;
};

// from <level dots><module> import names; module is empty for `from . import x`.
struct ImportFrom final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, ImportFrom)
  std::string module;
  Seq<Alias> names;
  int level = 0;
};

struct Global final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Global)
  Identifiers names;
};

struct Nonlocal final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Nonlocal)
  Identifiers names;
};

// An expression statement.
struct Expr final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Expr)
  ExprNode* value = nullptr;
};

struct Pass final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Pass)
};

struct Break final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Break)
};

struct Continue final : StmtNode {
  ASYNCPLAY_NODE(StmtNode, Continue)
};

// ---------------------------------------------------------------------------------------------
// Patterns (match statement)

struct MatchValue final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchValue)
  ExprNode* value = nullptr;
};

// `None`, `True` or `False`.
struct MatchSingleton final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchSingleton)
  ConstantKind value = ConstantKind::None;
};

struct MatchSequence final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchSequence)
  Seq<PatternNode> patterns;
};

// {keys[0]: patterns[0], ..., **rest}
struct MatchMapping final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchMapping)
  Exprs keys;
  Seq<PatternNode> patterns;
  std::string rest;
};

// cls(patterns..., kwd_attrs[0]=kwd_patterns[0], ...)
struct MatchClass final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchClass)
  ExprNode* cls = nullptr;
  Seq<PatternNode> patterns;
  Identifiers kwd_attrs;
  Seq<PatternNode> kwd_patterns;
};

// *name inside a sequence pattern; name is empty for `*_`.
struct MatchStar final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchStar)
  std::string name;
};

// `pattern as name`, a capture `name` (pattern null), or the wildcard `_` (both empty).
struct MatchAs final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchAs)
  PatternNode* pattern = nullptr;
  std::string name;
};

struct MatchOr final : PatternNode {
  ASYNCPLAY_NODE(PatternNode, MatchOr)
  Seq<PatternNode> patterns;
};

#undef ASYNCPLAY_NODE

// ---------------------------------------------------------------------------------------------
// The root

// Module(stmt* body, type_ignore* type_ignores); owns every node of the tree.
struct Module {
  Body body;
  Arena arena;
};

// ---------------------------------------------------------------------------------------------
// Integer literals (Constant::text of an Int)

// The value of an int literal ("0x_ff" -> 255) if it fits in int64_t.
bool int_literal_to_i64(std::string_view text, int64_t* out);

// The value of an int literal in decimal digits, however large ("0x1_0000000000000000" ->
// "18446744073709551616"): what repr() prints, and an easy input for a bignum.
std::string int_literal_to_decimal(std::string_view text);

}  // namespace asyncplay::lang::ast
