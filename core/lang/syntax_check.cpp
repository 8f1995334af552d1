// validate(): the SyntaxErrors CPython 3.11 raises after parsing, in the order it raises them:
//   1. future statements            (Python/future.c)
//   2. nesting depth                (Python/ast_opt.c: RecursionError beyond 3000 levels)
//   3. the symbol table             (Python/symtable.c: global/nonlocal, duplicate parameters,
//                                    yield in comprehensions, named expressions, import *)
//   4. the compiler                 (Python/compile.c: return/yield/await/break/continue where
//                                    they are not allowed, starred targets, __debug__, except
//                                    ordering, nested blocks, repeated keywords, patterns)
// Positions are CPython's: the node's line and byte column + 1.
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

#include "core/lang/ast_dump.h"
#include "core/lang/parser.h"

namespace asyncplay::lang {

namespace {

using namespace ast;

constexpr int kMaxAstDepth = kMaxNesting;  // ast_opt.c: 1000 * COMPILER_STACK_FRAME_SCALE natively
constexpr int kMaxBlocks = 20;             // CO_MAXBLOCKS

// ---------------------------------------------------------------------------------------------
// Errors

class Reporter {
 public:
  Reporter(std::string_view source, std::string_view filename)
      : source_(source), filename_(filename) {}

  bool failed() const { return error_.has_value(); }
  std::optional<SyntaxErrorInfo> take() { return std::move(error_); }

  // PyErr_RangedSyntaxLocationObject / compiler_error: columns are byte offsets + 1.
  bool at(const Located* n, std::string msg) {
    return at(n->lineno, n->col_offset + 1, n->end_lineno, n->end_col_offset + 1, std::move(msg));
  }
  bool at(int lineno, int offset, int end_lineno, int end_offset, std::string msg) {
    if (error_) return false;
    SyntaxErrorInfo e;
    e.msg = std::move(msg);
    e.filename = filename_;
    e.lineno = lineno;
    e.offset = offset;
    e.end_lineno = end_lineno;
    e.end_offset = end_offset;
    e.text = std::string(source_line(source_, lineno));
    error_ = std::move(e);
    return false;
  }
  bool recursion() {
    SyntaxErrorInfo e;
    e.kind = SyntaxErrorKind::RecursionError;
    e.msg = "maximum recursion depth exceeded during compilation";
    e.filename = filename_;
    error_ = std::move(e);
    return false;
  }

 private:
  std::string_view source_;
  std::string filename_;
  std::optional<SyntaxErrorInfo> error_;
};

std::string quoted(const std::string& name) {
  return repr_str(name);
}

// ---------------------------------------------------------------------------------------------
// 1. Future statements (future_parse)

bool is_docstring(const StmtNode* s) {
  if (!s->is<Expr>()) return false;
  const ExprNode* v = s->as<Expr>()->value;
  return v->is<Constant>() && v->as<Constant>()->value_kind == ConstantKind::Str;
}

bool check_future(const Module& m, Reporter& r, int* future_lineno) {
  static const char* const kFeatures[] = {
      "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
  bool done = false;
  int prev_line = 0;
  size_t i = !m.body.empty() && is_docstring(m.body[0]) ? 1 : 0;
  for (; i < m.body.size(); ++i) {
    const StmtNode* s = m.body[i];
    if (done && s->lineno > prev_line) return true;
    prev_line = s->lineno;
    const ImportFrom* f = s->dyn<ImportFrom>();
    if (!f || f->module != "__future__") {
      done = true;
      continue;
    }
    if (done) {
      return r.at(s->lineno, s->col_offset, s->lineno, 0,
                  "from __future__ imports must occur at the beginning of the file");
    }
    for (const Alias* a : f->names) {
      if (a->name == "braces")
        return r.at(s->lineno, s->col_offset + 1, s->lineno, 0, "not a chance");
      if (std::find_if(std::begin(kFeatures), std::end(kFeatures),
                       [&](const char* k) { return a->name == k; }) == std::end(kFeatures)) {
        return r.at(s->lineno, s->col_offset + 1, s->lineno, 0,
                    "future feature " + a->name + " is not defined");
      }
    }
    *future_lineno = s->lineno;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Children of a node, for the depth check (which must not recurse itself)

struct Item {
  enum Kind : uint8_t {
    kExpr,
    kStmt,
    kPattern,
    kArguments,
    kArg,
    kKeyword,
    kComp,
    kHandler,
    kWithItem,
    kCase
  } kind;
  const Node* node;
};

template <class T>
void push_all(std::vector<Item>* out, Item::Kind k, const std::vector<T*>& v) {
  for (const T* n : v) {
    if (n) out->push_back({k, n});
  }
}

void push(std::vector<Item>* out, Item::Kind k, const Node* n) {
  if (n) out->push_back({k, n});
}

void expr_children(const ExprNode* e, std::vector<Item>* out) {
  using K = Item::Kind;
  switch (e->kind) {
    case ExprKind::BoolOp:
      push_all(out, K::kExpr, e->as<BoolOp>()->values);
      break;
    case ExprKind::NamedExpr:
      push(out, K::kExpr, e->as<NamedExpr>()->target);
      push(out, K::kExpr, e->as<NamedExpr>()->value);
      break;
    case ExprKind::BinOp:
      push(out, K::kExpr, e->as<BinOp>()->left);
      push(out, K::kExpr, e->as<BinOp>()->right);
      break;
    case ExprKind::UnaryOp:
      push(out, K::kExpr, e->as<UnaryOp>()->operand);
      break;
    case ExprKind::Lambda:
      push(out, K::kArguments, e->as<Lambda>()->args);
      push(out, K::kExpr, e->as<Lambda>()->body);
      break;
    case ExprKind::IfExp:
      push(out, K::kExpr, e->as<IfExp>()->test);
      push(out, K::kExpr, e->as<IfExp>()->body);
      push(out, K::kExpr, e->as<IfExp>()->orelse);
      break;
    case ExprKind::Dict:
      push_all(out, K::kExpr, e->as<Dict>()->keys);
      push_all(out, K::kExpr, e->as<Dict>()->values);
      break;
    case ExprKind::Set:
      push_all(out, K::kExpr, e->as<Set>()->elts);
      break;
    case ExprKind::ListComp:
      push(out, K::kExpr, e->as<ListComp>()->elt);
      push_all(out, K::kComp, e->as<ListComp>()->generators);
      break;
    case ExprKind::SetComp:
      push(out, K::kExpr, e->as<SetComp>()->elt);
      push_all(out, K::kComp, e->as<SetComp>()->generators);
      break;
    case ExprKind::DictComp:
      push(out, K::kExpr, e->as<DictComp>()->key);
      push(out, K::kExpr, e->as<DictComp>()->value);
      push_all(out, K::kComp, e->as<DictComp>()->generators);
      break;
    case ExprKind::GeneratorExp:
      push(out, K::kExpr, e->as<GeneratorExp>()->elt);
      push_all(out, K::kComp, e->as<GeneratorExp>()->generators);
      break;
    case ExprKind::Await:
      push(out, K::kExpr, e->as<Await>()->value);
      break;
    case ExprKind::Yield:
      push(out, K::kExpr, e->as<Yield>()->value);
      break;
    case ExprKind::YieldFrom:
      push(out, K::kExpr, e->as<YieldFrom>()->value);
      break;
    case ExprKind::Compare:
      push(out, K::kExpr, e->as<Compare>()->left);
      push_all(out, K::kExpr, e->as<Compare>()->comparators);
      break;
    case ExprKind::Call:
      push(out, K::kExpr, e->as<Call>()->func);
      push_all(out, K::kExpr, e->as<Call>()->args);
      push_all(out, K::kKeyword, e->as<Call>()->keywords);
      break;
    case ExprKind::FormattedValue:
      push(out, K::kExpr, e->as<FormattedValue>()->value);
      push(out, K::kExpr, e->as<FormattedValue>()->format_spec);
      break;
    case ExprKind::JoinedStr:
      push_all(out, K::kExpr, e->as<JoinedStr>()->values);
      break;
    case ExprKind::Attribute:
      push(out, K::kExpr, e->as<Attribute>()->value);
      break;
    case ExprKind::Subscript:
      push(out, K::kExpr, e->as<Subscript>()->value);
      push(out, K::kExpr, e->as<Subscript>()->slice);
      break;
    case ExprKind::Starred:
      push(out, K::kExpr, e->as<Starred>()->value);
      break;
    case ExprKind::List:
      push_all(out, K::kExpr, e->as<List>()->elts);
      break;
    case ExprKind::Tuple:
      push_all(out, K::kExpr, e->as<Tuple>()->elts);
      break;
    case ExprKind::Slice:
      push(out, K::kExpr, e->as<Slice>()->lower);
      push(out, K::kExpr, e->as<Slice>()->upper);
      push(out, K::kExpr, e->as<Slice>()->step);
      break;
    case ExprKind::Constant:
    case ExprKind::Name:
      break;
  }
}

template <class F>
void function_children(const F* f, std::vector<Item>* out) {
  push_all(out, Item::kExpr, f->decorator_list);
  push(out, Item::kArguments, f->args);
  push(out, Item::kExpr, f->returns);
  push_all(out, Item::kStmt, f->body);
}

template <class T>
void try_children(const T* t, std::vector<Item>* out) {
  push_all(out, Item::kStmt, t->body);
  push_all(out, Item::kHandler, t->handlers);
  push_all(out, Item::kStmt, t->orelse);
  push_all(out, Item::kStmt, t->finalbody);
}

void stmt_children(const StmtNode* s, std::vector<Item>* out) {
  using K = Item::Kind;
  switch (s->kind) {
    case StmtKind::FunctionDef:
      function_children(s->as<FunctionDef>(), out);
      break;
    case StmtKind::AsyncFunctionDef:
      function_children(s->as<AsyncFunctionDef>(), out);
      break;
    case StmtKind::ClassDef:
      push_all(out, K::kExpr, s->as<ClassDef>()->decorator_list);
      push_all(out, K::kExpr, s->as<ClassDef>()->bases);
      push_all(out, K::kKeyword, s->as<ClassDef>()->keywords);
      push_all(out, K::kStmt, s->as<ClassDef>()->body);
      break;
    case StmtKind::Return:
      push(out, K::kExpr, s->as<Return>()->value);
      break;
    case StmtKind::Delete:
      push_all(out, K::kExpr, s->as<Delete>()->targets);
      break;
    case StmtKind::Assign:
      push_all(out, K::kExpr, s->as<Assign>()->targets);
      push(out, K::kExpr, s->as<Assign>()->value);
      break;
    case StmtKind::AugAssign:
      push(out, K::kExpr, s->as<AugAssign>()->target);
      push(out, K::kExpr, s->as<AugAssign>()->value);
      break;
    case StmtKind::AnnAssign:
      push(out, K::kExpr, s->as<AnnAssign>()->target);
      push(out, K::kExpr, s->as<AnnAssign>()->annotation);
      push(out, K::kExpr, s->as<AnnAssign>()->value);
      break;
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      const auto* f = s->is<For>() ? static_cast<const StmtNode*>(s) : s;
      if (f->is<For>()) {
        push(out, K::kExpr, f->as<For>()->target);
        push(out, K::kExpr, f->as<For>()->iter);
        push_all(out, K::kStmt, f->as<For>()->body);
        push_all(out, K::kStmt, f->as<For>()->orelse);
      } else {
        push(out, K::kExpr, f->as<AsyncFor>()->target);
        push(out, K::kExpr, f->as<AsyncFor>()->iter);
        push_all(out, K::kStmt, f->as<AsyncFor>()->body);
        push_all(out, K::kStmt, f->as<AsyncFor>()->orelse);
      }
      break;
    }
    case StmtKind::While:
      push(out, K::kExpr, s->as<While>()->test);
      push_all(out, K::kStmt, s->as<While>()->body);
      push_all(out, K::kStmt, s->as<While>()->orelse);
      break;
    case StmtKind::If:
      push(out, K::kExpr, s->as<If>()->test);
      push_all(out, K::kStmt, s->as<If>()->body);
      push_all(out, K::kStmt, s->as<If>()->orelse);
      break;
    case StmtKind::With:
      push_all(out, K::kWithItem, s->as<With>()->items);
      push_all(out, K::kStmt, s->as<With>()->body);
      break;
    case StmtKind::AsyncWith:
      push_all(out, K::kWithItem, s->as<AsyncWith>()->items);
      push_all(out, K::kStmt, s->as<AsyncWith>()->body);
      break;
    case StmtKind::Match:
      push(out, K::kExpr, s->as<Match>()->subject);
      push_all(out, K::kCase, s->as<Match>()->cases);
      break;
    case StmtKind::Raise:
      push(out, K::kExpr, s->as<Raise>()->exc);
      push(out, K::kExpr, s->as<Raise>()->cause);
      break;
    case StmtKind::Try:
      try_children(s->as<Try>(), out);
      break;
    case StmtKind::TryStar:
      try_children(s->as<TryStar>(), out);
      break;
    case StmtKind::Assert:
      push(out, K::kExpr, s->as<Assert>()->test);
      push(out, K::kExpr, s->as<Assert>()->msg);
      break;
    case StmtKind::Expr:
      push(out, K::kExpr, s->as<Expr>()->value);
      break;
    default:
      break;
  }
}

void pattern_children(const PatternNode* p, std::vector<Item>* out) {
  using K = Item::Kind;
  switch (p->kind) {
    case PatternKind::MatchValue:
      push(out, K::kExpr, p->as<MatchValue>()->value);
      break;
    case PatternKind::MatchSequence:
      push_all(out, K::kPattern, p->as<MatchSequence>()->patterns);
      break;
    case PatternKind::MatchMapping:
      push_all(out, K::kExpr, p->as<MatchMapping>()->keys);
      push_all(out, K::kPattern, p->as<MatchMapping>()->patterns);
      break;
    case PatternKind::MatchClass:
      push(out, K::kExpr, p->as<MatchClass>()->cls);
      push_all(out, K::kPattern, p->as<MatchClass>()->patterns);
      push_all(out, K::kPattern, p->as<MatchClass>()->kwd_patterns);
      break;
    case PatternKind::MatchAs:
      push(out, K::kPattern, p->as<MatchAs>()->pattern);
      break;
    case PatternKind::MatchOr:
      push_all(out, K::kPattern, p->as<MatchOr>()->patterns);
      break;
    default:
      break;
  }
}

void children(const Item& it, std::vector<Item>* out) {
  using K = Item::Kind;
  switch (it.kind) {
    case K::kExpr:
      expr_children(static_cast<const ExprNode*>(it.node), out);
      break;
    case K::kStmt:
      stmt_children(static_cast<const StmtNode*>(it.node), out);
      break;
    case K::kPattern:
      pattern_children(static_cast<const PatternNode*>(it.node), out);
      break;
    case K::kArguments: {
      auto* a = static_cast<const Arguments*>(it.node);
      push_all(out, K::kArg, a->posonlyargs);
      push_all(out, K::kArg, a->args);
      push(out, K::kArg, a->vararg);
      push_all(out, K::kArg, a->kwonlyargs);
      push(out, K::kArg, a->kwarg);
      push_all(out, K::kExpr, a->defaults);
      push_all(out, K::kExpr, a->kw_defaults);
      break;
    }
    case K::kArg:
      push(out, K::kExpr, static_cast<const Arg*>(it.node)->annotation);
      break;
    case K::kKeyword:
      push(out, K::kExpr, static_cast<const Keyword*>(it.node)->value);
      break;
    case K::kComp: {
      auto* c = static_cast<const Comprehension*>(it.node);
      push(out, K::kExpr, c->target);
      push(out, K::kExpr, c->iter);
      push_all(out, K::kExpr, c->ifs);
      break;
    }
    case K::kHandler: {
      auto* h = static_cast<const ExceptHandler*>(it.node);
      push(out, K::kExpr, h->type);
      push_all(out, K::kStmt, h->body);
      break;
    }
    case K::kWithItem: {
      auto* w = static_cast<const WithItem*>(it.node);
      push(out, K::kExpr, w->context_expr);
      push(out, K::kExpr, w->optional_vars);
      break;
    }
    case K::kCase: {
      auto* c = static_cast<const MatchCase*>(it.node);
      push(out, K::kPattern, c->pattern);
      push(out, K::kExpr, c->guard);
      push_all(out, K::kStmt, c->body);
      break;
    }
  }
}

// 2. ast_opt's recursion limit: more than 3000 nested statements, expressions and patterns.
bool check_depth(const Module& m, Reporter& r) {
  struct Frame {
    Item item;
    int depth;
  };
  std::vector<Frame> stack;
  std::vector<Item> kids;
  for (const StmtNode* s : m.body) stack.push_back({{Item::kStmt, s}, 1});
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    if (f.depth > kMaxAstDepth) return r.recursion();
    kids.clear();
    children(f.item, &kids);
    for (const Item& k : kids) {
      bool counts = k.kind == Item::kExpr || k.kind == Item::kStmt || k.kind == Item::kPattern;
      stack.push_back({k, f.depth + (counts ? 1 : 0)});
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// 3. The symbol table (symtable.c), as far as its errors go

enum : unsigned {
  kDefGlobal = 1,
  kDefLocal = 2,
  kDefParam = 4,
  kDefNonlocal = 8,
  kUse = 16,
  kDefImport = 128,
  kDefAnnot = 256,
  kDefCompIter = 512,
};
constexpr unsigned kDefBound = kDefLocal | kDefParam | kDefImport;

enum class BlockType { Module, Class, Function };
enum class CompKind { None, List, Set, Dict, Gen };

struct Scope {
  BlockType type = BlockType::Module;
  CompKind comprehension = CompKind::None;
  bool coroutine = false;
  bool generator = false;
  int comp_iter_expr = 0;
  bool comp_iter_target = false;
  Scope* parent = nullptr;
  std::vector<std::string> order;  // names in first-definition order
  std::unordered_map<std::string, unsigned> flags;
  std::unordered_map<std::string, const Located*> directives;
  std::vector<std::unique_ptr<Scope>> children;
};

class Symtable {
 public:
  explicit Symtable(Reporter& r) : r_(r) {}

  bool build(const Module& m) {
    root_ = std::make_unique<Scope>();
    cur_ = root_.get();
    for (const StmtNode* s : m.body) {
      if (!stmt(s)) return false;
    }
    return analyze(root_.get(), nullptr, {});
  }
  Scope* scope_of(const void* node) const {
    auto it = scopes_.find(node);
    return it == scopes_.end() ? nullptr : it->second;
  }

 private:
  unsigned lookup(Scope* s, const std::string& name) const {
    auto it = s->flags.find(name);
    return it == s->flags.end() ? 0 : it->second;
  }

  bool add_def(Scope* s, const std::string& name, unsigned flag, const Located* loc) {
    auto it = s->flags.find(name);
    unsigned val = flag;
    if (it != s->flags.end()) {
      if ((flag & kDefParam) && (it->second & kDefParam)) {
        return r_.at(loc, "duplicate argument '" + name + "' in function definition");
      }
      val = it->second | flag;
    } else {
      s->order.push_back(name);
    }
    if (s->comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal)) {
        return r_.at(loc, "comprehension inner loop cannot rebind assignment expression target '" +
                              name + "'");
      }
      val |= kDefCompIter;
    }
    s->flags[name] = val;
    return true;
  }
  bool add_def(const std::string& name, unsigned flag, const Located* loc) {
    return add_def(cur_, name, flag, loc);
  }

  void enter(BlockType type, const void* node) {
    auto s = std::make_unique<Scope>();
    s->type = type;
    s->parent = cur_;
    scopes_[node] = s.get();
    cur_->children.push_back(std::move(s));
    cur_ = cur_->children.back().get();
  }
  void exit() { cur_ = cur_->parent; }

  template <class T>
  bool exprs(const std::vector<T*>& v) {
    for (const T* e : v) {
      if (e && !expr(e)) return false;
    }
    return true;
  }
  bool stmts(const Body& body) {
    for (const StmtNode* s : body) {
      if (!stmt(s)) return false;
    }
    return true;
  }

  bool params(const Seq<Arg>& args) {
    for (const Arg* a : args) {
      if (!add_def(a->arg, kDefParam, a)) return false;
    }
    return true;
  }
  bool arguments(const Arguments* a) {
    if (!params(a->posonlyargs) || !params(a->args) || !params(a->kwonlyargs)) return false;
    if (a->vararg && !add_def(a->vararg->arg, kDefParam, a->vararg)) return false;
    if (a->kwarg && !add_def(a->kwarg->arg, kDefParam, a->kwarg)) return false;
    return true;
  }
  bool annotations(const Arguments* a, const ExprNode* returns) {
    auto ann = [&](const Seq<Arg>& args) {
      for (const Arg* x : args) {
        if (x->annotation && !expr(x->annotation)) return false;
      }
      return true;
    };
    if (!ann(a->posonlyargs) || !ann(a->args)) return false;
    if (a->vararg && a->vararg->annotation && !expr(a->vararg->annotation)) return false;
    if (!ann(a->kwonlyargs)) return false;
    if (a->kwarg && a->kwarg->annotation && !expr(a->kwarg->annotation)) return false;
    return !returns || expr(returns);
  }

  template <class F>
  bool function(const F* f, const StmtNode* s, bool is_async) {
    if (!add_def(f->name, kDefLocal, s)) return false;
    if (!exprs(f->args->defaults) || !exprs(f->args->kw_defaults)) return false;
    if (!annotations(f->args, f->returns) || !exprs(f->decorator_list)) return false;
    enter(BlockType::Function, s);
    if (is_async) cur_->coroutine = true;
    if (!arguments(f->args) || !stmts(f->body)) return false;
    exit();
    return true;
  }

  bool directive(const StmtNode* s, const Identifiers& names, bool global) {
    for (const std::string& name : names) {
      unsigned cur = lookup(cur_, name);
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        const char* what = global ? "global" : "nonlocal";
        std::string msg;
        if (cur & kDefParam) {
          msg = "name '" + name + "' is parameter and " + what;
        } else if (cur & kUse) {
          msg = "name '" + name + "' is used prior to " + what + " declaration";
        } else if (cur & kDefAnnot) {
          msg = "annotated name '" + name + "' can't be " + what;
        } else {
          msg = "name '" + name + "' is assigned to before " + what + " declaration";
        }
        return r_.at(s, msg);
      }
      if (!add_def(name, global ? kDefGlobal : kDefNonlocal, s)) return false;
      cur_->directives.emplace(name, s);
    }
    return true;
  }

  bool alias(const Alias* a) {
    std::string store = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
    if (a->name == "*") {
      if (cur_->type != BlockType::Module) return r_.at(a, "import * only allowed at module level");
      return true;
    }
    return add_def(store, kDefImport, a);
  }

  bool stmt(const StmtNode* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
        return function(s->as<FunctionDef>(), s, false);
      case StmtKind::AsyncFunctionDef:
        return function(s->as<AsyncFunctionDef>(), s, true);
      case StmtKind::ClassDef: {
        const ClassDef* c = s->as<ClassDef>();
        if (!add_def(c->name, kDefLocal, s) || !exprs(c->bases)) return false;
        for (const Keyword* k : c->keywords) {
          if (!expr(k->value)) return false;
        }
        if (!exprs(c->decorator_list)) return false;
        enter(BlockType::Class, s);
        if (!stmts(c->body)) return false;
        exit();
        return true;
      }
      case StmtKind::Return:
        return !s->as<Return>()->value || expr(s->as<Return>()->value);
      case StmtKind::Delete:
        return exprs(s->as<Delete>()->targets);
      case StmtKind::Assign:
        return exprs(s->as<Assign>()->targets) && expr(s->as<Assign>()->value);
      case StmtKind::AnnAssign:
        return ann_assign(s);
      case StmtKind::AugAssign:
        return expr(s->as<AugAssign>()->target) && expr(s->as<AugAssign>()->value);
      case StmtKind::For: {
        const For* f = s->as<For>();
        return expr(f->target) && expr(f->iter) && stmts(f->body) && stmts(f->orelse);
      }
      case StmtKind::AsyncFor: {
        const AsyncFor* f = s->as<AsyncFor>();
        return expr(f->target) && expr(f->iter) && stmts(f->body) && stmts(f->orelse);
      }
      case StmtKind::While: {
        const While* w = s->as<While>();
        return expr(w->test) && stmts(w->body) && stmts(w->orelse);
      }
      case StmtKind::If: {
        const If* i = s->as<If>();
        return expr(i->test) && stmts(i->body) && stmts(i->orelse);
      }
      case StmtKind::Match: {
        const Match* m = s->as<Match>();
        if (!expr(m->subject)) return false;
        for (const MatchCase* c : m->cases) {
          if (!pattern(c->pattern) || (c->guard && !expr(c->guard)) || !stmts(c->body)) {
            return false;
          }
        }
        return true;
      }
      case StmtKind::Raise: {
        const Raise* r = s->as<Raise>();
        return (!r->exc || expr(r->exc)) && (!r->cause || expr(r->cause));
      }
      case StmtKind::Try:
        return try_stmt(s->as<Try>());
      case StmtKind::TryStar:
        return try_stmt(s->as<TryStar>());
      case StmtKind::Assert:
        return expr(s->as<Assert>()->test) && (!s->as<Assert>()->msg || expr(s->as<Assert>()->msg));
      case StmtKind::Import:
        for (const Alias* a : s->as<Import>()->names) {
          if (!alias(a)) return false;
        }
        return true;
      case StmtKind::ImportFrom:
        for (const Alias* a : s->as<ImportFrom>()->names) {
          if (!alias(a)) return false;
        }
        return true;
      case StmtKind::Global:
        return directive(s, s->as<Global>()->names, true);
      case StmtKind::Nonlocal:
        return directive(s, s->as<Nonlocal>()->names, false);
      case StmtKind::Expr:
        return expr(s->as<Expr>()->value);
      case StmtKind::With:
        return with_stmt(s->as<With>());
      case StmtKind::AsyncWith:
        return with_stmt(s->as<AsyncWith>());
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        return true;
    }
    return true;
  }

  bool ann_assign(const StmtNode* s) {
    const AnnAssign* a = s->as<AnnAssign>();
    if (a->target->is<Name>()) {
      const std::string& name = a->target->as<Name>()->id;
      unsigned cur = lookup(cur_, name);
      if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != root_.get() && a->simple) {
        return r_.at(s, "annotated name '" + name + "' can't be " +
                            ((cur & kDefGlobal) ? "global" : "nonlocal"));
      }
      if (!add_def(name, a->simple ? (kDefAnnot | kDefLocal) : kDefLocal, a->target)) return false;
    } else if (!expr(a->target)) {
      return false;
    }
    return expr(a->annotation) && (!a->value || expr(a->value));
  }

  template <class T>
  bool try_stmt(const T* t) {
    if (!stmts(t->body) || !stmts(t->orelse)) return false;
    for (const ExceptHandler* h : t->handlers) {
      if (h->type && !expr(h->type)) return false;
      if (!h->name.empty() && !add_def(h->name, kDefLocal, h)) return false;
      if (!stmts(h->body)) return false;
    }
    return stmts(t->finalbody);
  }

  template <class T>
  bool with_stmt(const T* w) {
    for (const WithItem* item : w->items) {
      if (!expr(item->context_expr)) return false;
      if (item->optional_vars && !expr(item->optional_vars)) return false;
    }
    return stmts(w->body);
  }

  bool pattern(const PatternNode* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        return expr(p->as<MatchValue>()->value);
      case PatternKind::MatchSingleton:
        return true;
      case PatternKind::MatchSequence:
        for (const PatternNode* x : p->as<MatchSequence>()->patterns) {
          if (!pattern(x)) return false;
        }
        return true;
      case PatternKind::MatchStar:
        return p->as<MatchStar>()->name.empty() || add_def(p->as<MatchStar>()->name, kDefLocal, p);
      case PatternKind::MatchMapping: {
        const MatchMapping* m = p->as<MatchMapping>();
        if (!exprs(m->keys)) return false;
        for (const PatternNode* x : m->patterns) {
          if (!pattern(x)) return false;
        }
        return m->rest.empty() || add_def(m->rest, kDefLocal, p);
      }
      case PatternKind::MatchClass: {
        const MatchClass* c = p->as<MatchClass>();
        if (!expr(c->cls)) return false;
        for (const PatternNode* x : c->patterns) {
          if (!pattern(x)) return false;
        }
        for (const PatternNode* x : c->kwd_patterns) {
          if (!pattern(x)) return false;
        }
        return true;
      }
      case PatternKind::MatchAs: {
        const MatchAs* a = p->as<MatchAs>();
        if (a->pattern && !pattern(a->pattern)) return false;
        return a->name.empty() || add_def(a->name, kDefLocal, p);
      }
      case PatternKind::MatchOr:
        for (const PatternNode* x : p->as<MatchOr>()->patterns) {
          if (!pattern(x)) return false;
        }
        return true;
    }
    return true;
  }

  bool yield_in_comprehension(const ExprNode* e) {
    const char* msg = cur_->comprehension == CompKind::List  ? "'yield' inside list comprehension"
                      : cur_->comprehension == CompKind::Set ? "'yield' inside set comprehension"
                      : cur_->comprehension == CompKind::Dict
                          ? "'yield' inside dict comprehension"
                          : "'yield' inside generator expression";
    return r_.at(e, msg);
  }

  bool named_expr(const ExprNode* e) {
    const NamedExpr* n = e->as<NamedExpr>();
    if (cur_->comp_iter_expr > 0) {
      return r_.at(e,
                   "assignment expression cannot be used in a comprehension iterable expression");
    }
    if (cur_->comprehension != CompKind::None && !extend_namedexpr_scope(n->target)) return false;
    return expr(n->value) && expr(n->target);
  }

  // symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function.
  bool extend_namedexpr_scope(const ExprNode* target) {
    const std::string& name = target->as<Name>()->id;
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->comprehension != CompKind::None) {
        if (lookup(s, name) & kDefCompIter) {
          return r_.at(target,
                       "assignment expression cannot rebind comprehension iteration variable '" +
                           name + "'");
        }
        continue;
      }
      if (s->type == BlockType::Function) {
        unsigned flag = (lookup(s, name) & kDefGlobal) ? kDefGlobal : kDefNonlocal;
        if (!add_def(name, flag, target)) return false;
        cur_->directives.emplace(name, target);
        return add_def(s, name, kDefLocal, target);
      }
      if (s->type == BlockType::Module) {
        if (!add_def(name, kDefGlobal, target)) return false;
        cur_->directives.emplace(name, target);
        return add_def(s, name, kDefGlobal, target);
      }
      if (s->type == BlockType::Class) {
        return r_.at(target,
                     "assignment expression within a comprehension cannot be used in a class body");
      }
    }
    return true;
  }

  bool comprehension(const ExprNode* e, CompKind kind, const Seq<Comprehension>& gens,
                     const ExprNode* elt, const ExprNode* value) {
    const Comprehension* outer = gens[0];
    ++cur_->comp_iter_expr;
    if (!expr(outer->iter)) return false;
    --cur_->comp_iter_expr;
    enter(BlockType::Function, e);
    cur_->comprehension = kind;
    if (outer->is_async) cur_->coroutine = true;
    cur_->comp_iter_target = true;
    if (!expr(outer->target)) return false;
    cur_->comp_iter_target = false;
    if (!exprs(outer->ifs)) return false;
    for (size_t i = 1; i < gens.size(); ++i) {
      const Comprehension* g = gens[i];
      cur_->comp_iter_target = true;
      if (!expr(g->target)) return false;
      cur_->comp_iter_target = false;
      ++cur_->comp_iter_expr;
      if (!expr(g->iter)) return false;
      --cur_->comp_iter_expr;
      if (!exprs(g->ifs)) return false;
      if (g->is_async) cur_->coroutine = true;
    }
    if (value && !expr(value)) return false;
    if (!expr(elt)) return false;
    bool is_generator = kind == CompKind::Gen;
    cur_->generator = is_generator;
    bool is_async = cur_->coroutine && !is_generator;
    exit();
    if (is_async) cur_->coroutine = true;
    return true;
  }

  bool expr(const ExprNode* e) {
    switch (e->kind) {
      case ExprKind::NamedExpr:
        return named_expr(e);
      case ExprKind::BoolOp:
        return exprs(e->as<BoolOp>()->values);
      case ExprKind::BinOp:
        return expr(e->as<BinOp>()->left) && expr(e->as<BinOp>()->right);
      case ExprKind::UnaryOp:
        return expr(e->as<UnaryOp>()->operand);
      case ExprKind::Lambda: {
        const Lambda* l = e->as<Lambda>();
        if (!exprs(l->args->defaults) || !exprs(l->args->kw_defaults)) return false;
        enter(BlockType::Function, e);
        if (!arguments(l->args) || !expr(l->body)) return false;
        exit();
        return true;
      }
      case ExprKind::IfExp:
        return expr(e->as<IfExp>()->test) && expr(e->as<IfExp>()->body) &&
               expr(e->as<IfExp>()->orelse);
      case ExprKind::Dict:
        return exprs(e->as<Dict>()->keys) && exprs(e->as<Dict>()->values);
      case ExprKind::Set:
        return exprs(e->as<Set>()->elts);
      case ExprKind::GeneratorExp: {
        const GeneratorExp* g = e->as<GeneratorExp>();
        return comprehension(e, CompKind::Gen, g->generators, g->elt, nullptr);
      }
      case ExprKind::ListComp: {
        const ListComp* c = e->as<ListComp>();
        return comprehension(e, CompKind::List, c->generators, c->elt, nullptr);
      }
      case ExprKind::SetComp: {
        const SetComp* c = e->as<SetComp>();
        return comprehension(e, CompKind::Set, c->generators, c->elt, nullptr);
      }
      case ExprKind::DictComp: {
        const DictComp* c = e->as<DictComp>();
        return comprehension(e, CompKind::Dict, c->generators, c->key, c->value);
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        const ExprNode* v = e->is<Yield>() ? e->as<Yield>()->value : e->as<YieldFrom>()->value;
        if (v && !expr(v)) return false;
        cur_->generator = true;
        if (cur_->comprehension != CompKind::None) return yield_in_comprehension(e);
        return true;
      }
      case ExprKind::Await:
        if (!expr(e->as<Await>()->value)) return false;
        cur_->coroutine = true;
        return true;
      case ExprKind::Compare:
        return expr(e->as<Compare>()->left) && exprs(e->as<Compare>()->comparators);
      case ExprKind::Call: {
        const Call* c = e->as<Call>();
        if (!expr(c->func) || !exprs(c->args)) return false;
        for (const Keyword* k : c->keywords) {
          if (!expr(k->value)) return false;
        }
        return true;
      }
      case ExprKind::FormattedValue:
        return expr(e->as<FormattedValue>()->value) && (!e->as<FormattedValue>()->format_spec ||
                                                        expr(e->as<FormattedValue>()->format_spec));
      case ExprKind::JoinedStr:
        return exprs(e->as<JoinedStr>()->values);
      case ExprKind::Constant:
        return true;
      case ExprKind::Attribute:
        return expr(e->as<Attribute>()->value);
      case ExprKind::Subscript:
        return expr(e->as<Subscript>()->value) && expr(e->as<Subscript>()->slice);
      case ExprKind::Starred:
        return expr(e->as<Starred>()->value);
      case ExprKind::Slice: {
        const Slice* s = e->as<Slice>();
        return (!s->lower || expr(s->lower)) && (!s->upper || expr(s->upper)) &&
               (!s->step || expr(s->step));
      }
      case ExprKind::Name: {
        const Name* n = e->as<Name>();
        return add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, e);
      }
      case ExprKind::List:
        return exprs(e->as<List>()->elts);
      case ExprKind::Tuple:
        return exprs(e->as<Tuple>()->elts);
    }
    return true;
  }

  // analyze_block / analyze_name: the errors of the second phase, about nonlocal names.
  bool analyze(Scope* s, const std::set<std::string>* bound, std::set<std::string> global) {
    std::set<std::string> local;
    std::set<std::string> my_bound = bound ? *bound : std::set<std::string>{};
    for (const std::string& name : s->order) {
      unsigned flags = s->flags[name];
      if (flags & kDefGlobal) {
        if (flags & kDefNonlocal)
          return at_directive(s, name, "name '" + name + "' is nonlocal and global");
        global.insert(name);
        my_bound.erase(name);
        continue;
      }
      if (flags & kDefNonlocal) {
        if (!bound)
          return at_directive(s, name, "nonlocal declaration not allowed at module level");
        if (!bound->count(name))
          return at_directive(s, name, "no binding for nonlocal '" + name + "' found");
        continue;
      }
      if (flags & kDefBound) {
        local.insert(name);
        global.erase(name);
      }
    }
    std::set<std::string> child_bound = s->type == BlockType::Class ? my_bound : my_bound;
    if (s->type == BlockType::Function) child_bound.insert(local.begin(), local.end());
    for (auto& child : s->children) {
      if (!analyze(child.get(), &child_bound, global)) return false;
    }
    return true;
  }

  bool at_directive(Scope* s, const std::string& name, std::string msg) {
    auto it = s->directives.find(name);
    if (it == s->directives.end()) return r_.at(0, 0, 0, 0, std::move(msg));
    return r_.at(it->second, std::move(msg));
  }

  Reporter& r_;
  std::unique_ptr<Scope> root_;
  Scope* cur_ = nullptr;
  std::unordered_map<const void*, Scope*> scopes_;
};

// ---------------------------------------------------------------------------------------------
// 4. The compiler's checks (compile.c), in compilation order

enum class UnitType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };
enum class Fblock {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  HandlerCleanup,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehension
};

class CompileChecker {
 public:
  CompileChecker(Reporter& r, const Symtable& st, int future_lineno)
      : r_(r), st_(st), future_lineno_(future_lineno) {}

  bool module(const Module& m) {
    unit_ = {UnitType::Module, nullptr, {}};
    return stmts(m.body);
  }

 private:
  struct Unit {
    UnitType type;
    const Scope* ste;
    std::vector<Fblock> fblocks;
  };

  bool error(std::string msg) { return r_.at(loc_, std::move(msg)); }
  bool in_function() const {
    return unit_.type != UnitType::Module && unit_.type != UnitType::Class;
  }

  bool push_block(Fblock b) {
    if (unit_.fblocks.size() >= static_cast<size_t>(kMaxBlocks)) {
      return error("too many statically nested blocks");
    }
    unit_.fblocks.push_back(b);
    return true;
  }
  void pop_block() { unit_.fblocks.pop_back(); }

  // compiler_unwind_fblock_stack: an except* handler may not be left by break, continue or
  // return; `loop` is set when a loop is found first.
  bool unwind(bool want_loop, bool* found_loop) {
    for (size_t i = unit_.fblocks.size(); i-- > 0;) {
      Fblock b = unit_.fblocks[i];
      if (b == Fblock::ExceptionGroupHandler) {
        return error("'break', 'continue' and 'return' cannot appear in an except* block");
      }
      if (want_loop && (b == Fblock::WhileLoop || b == Fblock::ForLoop)) {
        *found_loop = true;
        return true;
      }
    }
    return true;
  }

  bool forbidden(const std::string& name, ExprContext ctx) {
    if (name != "__debug__") return true;
    if (ctx == ExprContext::Store) return error("cannot assign to __debug__");
    if (ctx == ExprContext::Del) return error("cannot delete __debug__");
    return true;
  }

  template <class T>
  bool exprs(const std::vector<T*>& v) {
    for (const T* e : v) {
      if (e && !expr(e)) return false;
    }
    return true;
  }
  bool stmts(const Body& body) {
    for (const StmtNode* s : body) {
      if (!stmt(s)) return false;
    }
    return true;
  }

  bool check_debug_args(const Arguments* a) {
    auto one = [&](const Arg* x) { return !x || forbidden(x->arg, ExprContext::Store); };
    for (const Arg* x : a->posonlyargs) {
      if (!one(x)) return false;
    }
    for (const Arg* x : a->args) {
      if (!one(x)) return false;
    }
    if (!one(a->vararg)) return false;
    for (const Arg* x : a->kwonlyargs) {
      if (!one(x)) return false;
    }
    return one(a->kwarg);
  }

  bool annotations(const Arguments* a, const ExprNode* returns) {
    auto ann = [&](const Seq<Arg>& args) {
      for (const Arg* x : args) {
        if (x->annotation && !expr(x->annotation)) return false;
      }
      return true;
    };
    if (!ann(a->args) || !ann(a->posonlyargs)) return false;
    if (a->vararg && a->vararg->annotation) {
      const ExprNode* v = a->vararg->annotation;  // *args: *Ts unpacks Ts
      if (!expr(v->is<Starred>() ? v->as<Starred>()->value : v)) return false;
    }
    if (!ann(a->kwonlyargs)) return false;
    if (a->kwarg && a->kwarg->annotation && !expr(a->kwarg->annotation)) return false;
    return !returns || expr(returns);
  }

  template <class F>
  bool function(const F* f, const StmtNode* s, bool is_async) {
    if (!check_debug_args(f->args) || !exprs(f->decorator_list)) return false;
    if (!exprs(f->args->defaults) || !exprs(f->args->kw_defaults)) return false;
    if (!annotations(f->args, f->returns)) return false;
    Unit saved = std::move(unit_);
    unit_ = {is_async ? UnitType::AsyncFunction : UnitType::Function, st_.scope_of(s), {}};
    bool ok = stmts(f->body);
    unit_ = std::move(saved);
    loc_ = s;
    return ok && forbidden(f->name, ExprContext::Store);
  }

  bool class_def(const StmtNode* s) {
    const ClassDef* c = s->as<ClassDef>();
    if (!exprs(c->decorator_list)) return false;
    Unit saved = std::move(unit_);
    unit_ = {UnitType::Class, st_.scope_of(s), {}};
    bool ok = stmts(c->body);
    unit_ = std::move(saved);
    loc_ = s;
    if (!ok || !keywords(c->keywords) || !starred_in(c->bases)) return false;
    for (const Keyword* k : c->keywords) {
      if (!expr(k->value)) return false;
    }
    loc_ = s;
    return forbidden(c->name, ExprContext::Store);
  }

  // validate_keywords
  bool keywords(const Seq<Keyword>& kws) {
    for (size_t i = 0; i < kws.size(); ++i) {
      if (kws[i]->arg.empty()) continue;
      if (!forbidden(kws[i]->arg, ExprContext::Store)) return false;
      for (size_t j = i + 1; j < kws.size(); ++j) {
        if (kws[j]->arg == kws[i]->arg) {
          loc_ = kws[j];
          return error("keyword argument repeated: " + kws[i]->arg);
        }
      }
    }
    return true;
  }

  bool ret(const StmtNode* s) {
    const Return* r = s->as<Return>();
    if (!in_function()) return error("'return' outside function");
    if (r->value && unit_.ste && unit_.ste->coroutine && unit_.ste->generator) {
      return error("'return' with value in async generator");
    }
    if (r->value && !r->value->is<Constant>() && !expr(r->value)) return false;
    // A constant value becomes the location of what follows, if it is on the same line.
    if (r->value && r->value->is<Constant>()) loc_ = r->value;
    if (!r->value || r->value->lineno != s->lineno) loc_ = s;
    bool loop = false;
    return unwind(false, &loop);
  }

  bool loop_jump(const StmtNode* s, const char* msg) {
    bool loop = false;
    if (!unwind(true, &loop)) return false;
    loc_ = s;
    return loop || error(msg);
  }

  bool for_stmt(const ExprNode* target, const ExprNode* iter, const Body& body, const Body& orelse,
                bool is_async) {
    if (is_async) {
      if (unit_.type != UnitType::AsyncFunction) return error("'async for' outside async function");
      if (!expr(iter) || !push_block(Fblock::ForLoop)) return false;
    } else {
      if (!push_block(Fblock::ForLoop) || !expr(iter)) return false;
    }
    if (!expr(target) || !stmts(body)) return false;
    pop_block();
    return stmts(orelse);
  }

  template <class T>
  bool with_stmt(const T* w, bool is_async, size_t pos = 0) {
    if (is_async && pos == 0 && unit_.type != UnitType::AsyncFunction) {
      return error("'async with' outside async function");
    }
    const WithItem* item = w->items[pos];
    if (!expr(item->context_expr)) return false;
    if (!push_block(is_async ? Fblock::With : Fblock::With)) return false;
    if (item->optional_vars && !expr(item->optional_vars)) return false;
    bool ok = pos + 1 == w->items.size() ? stmts(w->body) : with_stmt(w, is_async, pos + 1);
    if (!ok) return false;
    pop_block();
    return true;
  }

  template <class T>
  bool handlers(const T* t, bool star) {
    if (!push_block(star ? Fblock::ExceptionGroupHandler : Fblock::ExceptionHandler)) return false;
    size_t n = t->handlers.size();
    for (size_t i = 0; i < n; ++i) {
      const ExceptHandler* h = t->handlers[i];
      loc_ = h;
      if (!h->type && i + 1 < n) return error("default 'except:' must be last");
      if (h->type && !expr(h->type)) return false;
      if (!h->name.empty()) {
        loc_ = h;
        if (!forbidden(h->name, ExprContext::Store)) return false;
      }
      if (!push_block(Fblock::HandlerCleanup) || !stmts(h->body)) return false;
      pop_block();
    }
    pop_block();
    return true;
  }

  template <class T>
  bool try_except(const T* t, bool star) {
    if (!push_block(Fblock::TryExcept) || !stmts(t->body)) return false;
    pop_block();
    if (!stmts(t->orelse)) return false;
    return handlers(t, star);
  }

  template <class T>
  bool try_stmt(const T* t, bool star) {
    if (t->finalbody.empty()) return try_except(t, star);
    if (!push_block(Fblock::FinallyTry)) return false;
    if (!(t->handlers.empty() ? stmts(t->body) : try_except(t, star))) return false;
    pop_block();
    if (!stmts(t->finalbody) || !push_block(Fblock::FinallyEnd)) return false;
    if (!stmts(t->finalbody)) return false;
    pop_block();
    return true;
  }

  bool stmt(const StmtNode* s) {
    loc_ = s;
    switch (s->kind) {
      case StmtKind::FunctionDef:
        return function(s->as<FunctionDef>(), s, false);
      case StmtKind::AsyncFunctionDef:
        return function(s->as<AsyncFunctionDef>(), s, true);
      case StmtKind::ClassDef:
        return class_def(s);
      case StmtKind::Return:
        return ret(s);
      case StmtKind::Delete:
        return exprs(s->as<Delete>()->targets);
      case StmtKind::Assign:
        return expr(s->as<Assign>()->value) && exprs(s->as<Assign>()->targets);
      case StmtKind::AugAssign: {
        const AugAssign* a = s->as<AugAssign>();
        if (!aug_target(a->target) || !expr(a->value)) return false;
        if (a->target->is<Name>()) {
          loc_ = a->target;
          return forbidden(a->target->as<Name>()->id, ExprContext::Store);
        }
        return true;
      }
      case StmtKind::AnnAssign:
        return ann_assign(s);
      case StmtKind::For: {
        const For* f = s->as<For>();
        return for_stmt(f->target, f->iter, f->body, f->orelse, false);
      }
      case StmtKind::AsyncFor: {
        const AsyncFor* f = s->as<AsyncFor>();
        return for_stmt(f->target, f->iter, f->body, f->orelse, true);
      }
      case StmtKind::While: {
        const While* w = s->as<While>();
        if (!push_block(Fblock::WhileLoop) || !expr(w->test) || !stmts(w->body)) return false;
        pop_block();
        return stmts(w->orelse);
      }
      case StmtKind::If: {
        const If* i = s->as<If>();
        return expr(i->test) && stmts(i->body) && stmts(i->orelse);
      }
      case StmtKind::With:
        return with_stmt(s->as<With>(), false);
      case StmtKind::AsyncWith:
        return with_stmt(s->as<AsyncWith>(), true);
      case StmtKind::Match:
        return match(s->as<Match>());
      case StmtKind::Raise: {
        const Raise* r = s->as<Raise>();
        return (!r->exc || expr(r->exc)) && (!r->cause || expr(r->cause));
      }
      case StmtKind::Try:
        return try_stmt(s->as<Try>(), false);
      case StmtKind::TryStar:
        return try_stmt(s->as<TryStar>(), true);
      case StmtKind::Assert:
        return expr(s->as<Assert>()->test) && (!s->as<Assert>()->msg || expr(s->as<Assert>()->msg));
      case StmtKind::Import:
        for (const Alias* a : s->as<Import>()->names) {
          std::string store = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          if (!forbidden(store, ExprContext::Store)) return false;
        }
        return true;
      case StmtKind::ImportFrom: {
        const ImportFrom* f = s->as<ImportFrom>();
        if (s->lineno > future_lineno_ && f->module == "__future__") {
          return error("from __future__ imports must occur at the beginning of the file");
        }
        for (const Alias* a : f->names) {
          if (a->name == "*") continue;
          if (!forbidden(a->asname.empty() ? a->name : a->asname, ExprContext::Store)) return false;
        }
        return true;
      }
      case StmtKind::Expr:
        return expr(s->as<Expr>()->value);
      case StmtKind::Break:
        return loop_jump(s, "'break' outside loop");
      case StmtKind::Continue:
        return loop_jump(s, "'continue' not properly in loop");
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass:
        return true;
    }
    return true;
  }

  bool aug_target(const ExprNode* t) {
    loc_ = t;
    if (t->is<Attribute>()) return expr(t->as<Attribute>()->value);
    if (t->is<Subscript>())
      return expr(t->as<Subscript>()->value) && expr(t->as<Subscript>()->slice);
    return true;
  }

  bool ann_assign(const StmtNode* s) {
    const AnnAssign* a = s->as<AnnAssign>();
    if (a->value && (!expr(a->value) || !expr(a->target))) return false;
    loc_ = s;
    if (a->target->is<Name>()) {
      if (!forbidden(a->target->as<Name>()->id, ExprContext::Store)) return false;
      if (a->simple && (unit_.type == UnitType::Module || unit_.type == UnitType::Class) &&
          !future_annotations_) {
        return expr(a->annotation);
      }
      return true;
    }
    if (a->target->is<Attribute>()) {
      if (!forbidden(a->target->as<Attribute>()->attr, ExprContext::Store)) return false;
      if (!a->value && !expr(a->target->as<Attribute>()->value)) return false;
    } else if (a->target->is<Subscript>() && !a->value) {
      if (!expr(a->target->as<Subscript>()->value) || !expr(a->target->as<Subscript>()->slice)) {
        return false;
      }
    }
    return future_annotations_ || expr(a->annotation);
  }

  bool comprehension(const ExprNode* e, const Seq<Comprehension>& gens, const ExprNode* elt,
                     const ExprNode* value, bool genexp) {
    UnitType outer_type = unit_.type;
    Unit saved = std::move(unit_);
    unit_ = {UnitType::Comprehension, st_.scope_of(e), {}};
    loc_ = e;
    bool is_async = unit_.ste && unit_.ste->coroutine;
    if (is_async && !genexp && outer_type != UnitType::AsyncFunction &&
        outer_type != UnitType::Comprehension) {
      return error("asynchronous comprehension outside of an asynchronous function");
    }
    for (size_t i = 0; i < gens.size(); ++i) {
      const Comprehension* g = gens[i];
      if (i > 0 && !expr(g->iter)) return false;
      if (g->is_async && !push_block(Fblock::AsyncComprehension)) return false;
      if (!expr(g->target) || !exprs(g->ifs)) return false;
    }
    if (value ? !(expr(elt) && expr(value)) : !expr(elt)) return false;
    unit_ = std::move(saved);
    return expr(gens[0]->iter);
  }

  bool starred_in(const Exprs& elts) {
    for (const ExprNode* e : elts) {
      if (!expr(e->is<Starred>() ? e->as<Starred>()->value : e)) return false;
    }
    return true;
  }

  bool unpack(const ExprNode* e, const Exprs& elts) {
    bool seen_star = false;
    for (size_t i = 0; i < elts.size(); ++i) {
      if (!elts[i]->is<Starred>()) continue;
      loc_ = e;
      if (seen_star) return error("multiple starred expressions in assignment");
      if (i >= 256) return error("too many expressions in star-unpacking assignment");
      seen_star = true;
    }
    return starred_in(elts);
  }

  bool sequence(const ExprNode* e, const Exprs& elts, ExprContext ctx) {
    if (ctx == ExprContext::Store) return unpack(e, elts);
    if (ctx == ExprContext::Load) return starred_in(elts);
    return exprs(elts);
  }

  bool call(const ExprNode* e) {
    const Call* c = e->as<Call>();
    if (!expr(c->func)) return false;
    loc_ = e;
    if (!keywords(c->keywords)) return false;
    if (!starred_in(c->args)) return false;
    for (const Keyword* k : c->keywords) {
      if (!expr(k->value)) return false;
    }
    return true;
  }

  // compiler_visit_expr: the location is the expression's while it compiles, and the outer
  // one again afterwards.
  bool expr(const ExprNode* e) {
    const Located* outer = loc_;
    bool ok = expr_inner(e);
    if (ok) loc_ = outer;
    return ok;
  }

  bool expr_inner(const ExprNode* e) {
    loc_ = e;
    switch (e->kind) {
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        if (!in_function() || unit_.type == UnitType::Class)
          return error("'yield' outside function");
        if (e->is<YieldFrom>()) {
          if (unit_.type == UnitType::AsyncFunction)
            return error("'yield from' inside async function");
          return expr(e->as<YieldFrom>()->value);
        }
        return !e->as<Yield>()->value || expr(e->as<Yield>()->value);
      }
      case ExprKind::Await:
        if (!in_function()) return error("'await' outside function");
        if (unit_.type != UnitType::AsyncFunction && unit_.type != UnitType::Comprehension) {
          return error("'await' outside async function");
        }
        return expr(e->as<Await>()->value);
      case ExprKind::Starred:
        if (e->as<Starred>()->ctx == ExprContext::Store) {
          return error("starred assignment target must be in a list or tuple");
        }
        return error("can't use starred expression here");
      case ExprKind::Name:
        return forbidden(e->as<Name>()->id, e->as<Name>()->ctx);
      case ExprKind::Attribute: {
        const Attribute* a = e->as<Attribute>();
        if (!expr(a->value)) return false;
        loc_ = e;
        return a->ctx != ExprContext::Store || forbidden(a->attr, ExprContext::Store);
      }
      case ExprKind::Subscript:
        return expr(e->as<Subscript>()->value) && expr(e->as<Subscript>()->slice);
      case ExprKind::List:
        return sequence(e, e->as<List>()->elts, e->as<List>()->ctx);
      case ExprKind::Tuple:
        return sequence(e, e->as<Tuple>()->elts, e->as<Tuple>()->ctx);
      case ExprKind::Set:
        return starred_in(e->as<Set>()->elts);
      case ExprKind::Dict:
        return exprs(e->as<Dict>()->keys) && exprs(e->as<Dict>()->values);
      case ExprKind::Call:
        return call(e);
      case ExprKind::Lambda: {
        const Lambda* l = e->as<Lambda>();
        if (!check_debug_args(l->args)) return false;
        if (!exprs(l->args->defaults) || !exprs(l->args->kw_defaults)) return false;
        Unit saved = std::move(unit_);
        unit_ = {UnitType::Lambda, st_.scope_of(e), {}};
        bool ok = expr(l->body);
        unit_ = std::move(saved);
        return ok;
      }
      case ExprKind::ListComp: {
        const ListComp* c = e->as<ListComp>();
        return comprehension(e, c->generators, c->elt, nullptr, false);
      }
      case ExprKind::SetComp: {
        const SetComp* c = e->as<SetComp>();
        return comprehension(e, c->generators, c->elt, nullptr, false);
      }
      case ExprKind::DictComp: {
        const DictComp* c = e->as<DictComp>();
        return comprehension(e, c->generators, c->key, c->value, false);
      }
      case ExprKind::GeneratorExp: {
        const GeneratorExp* g = e->as<GeneratorExp>();
        return comprehension(e, g->generators, g->elt, nullptr, true);
      }
      case ExprKind::NamedExpr:
        return expr(e->as<NamedExpr>()->value) && expr(e->as<NamedExpr>()->target);
      case ExprKind::BoolOp:
        return exprs(e->as<BoolOp>()->values);
      case ExprKind::BinOp:
        return expr(e->as<BinOp>()->left) && expr(e->as<BinOp>()->right);
      case ExprKind::UnaryOp:
        return expr(e->as<UnaryOp>()->operand);
      case ExprKind::IfExp:
        return expr(e->as<IfExp>()->test) && expr(e->as<IfExp>()->body) &&
               expr(e->as<IfExp>()->orelse);
      case ExprKind::Compare:
        return expr(e->as<Compare>()->left) && exprs(e->as<Compare>()->comparators);
      case ExprKind::FormattedValue:
        return expr(e->as<FormattedValue>()->value) && (!e->as<FormattedValue>()->format_spec ||
                                                        expr(e->as<FormattedValue>()->format_spec));
      case ExprKind::JoinedStr:
        return exprs(e->as<JoinedStr>()->values);
      case ExprKind::Slice: {
        const Slice* s = e->as<Slice>();
        return (!s->lower || expr(s->lower)) && (!s->upper || expr(s->upper)) &&
               (!s->step || expr(s->step));
      }
      case ExprKind::Constant:
        return true;
    }
    return true;
  }

  // ---- match statements (compiler_match and compiler_pattern_*)

  struct PatternContext {
    std::vector<std::string> stores;
    bool allow_irrefutable = false;
  };

  static bool is_wildcard(const PatternNode* p) {
    return p->is<MatchAs>() && !p->as<MatchAs>()->pattern && p->as<MatchAs>()->name.empty();
  }

  bool match(const Match* m) {
    if (!expr(m->subject)) return false;
    size_t cases = m->cases.size();
    bool has_default = is_wildcard(m->cases.back()->pattern) && cases > 1;
    for (size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
      const MatchCase* c = m->cases[i];
      loc_ = c->pattern;
      PatternContext pc;
      pc.allow_irrefutable = c->guard != nullptr || i == cases - 1;
      if (!pattern(c->pattern, &pc)) return false;
      for (const std::string& name : pc.stores) {
        if (!forbidden(name, ExprContext::Store)) return false;
      }
      if (c->guard && !expr(c->guard)) return false;
      if (!stmts(c->body)) return false;
    }
    if (has_default) {
      const MatchCase* c = m->cases.back();
      if (c->guard && !expr(c->guard)) return false;
      return stmts(c->body);
    }
    return true;
  }

  bool store_name(const std::string& name, PatternContext* pc) {
    if (name.empty()) return true;
    if (!forbidden(name, ExprContext::Store)) return false;
    if (std::find(pc->stores.begin(), pc->stores.end(), name) != pc->stores.end()) {
      return error("multiple assignments to name " + quoted(name) + " in pattern");
    }
    pc->stores.push_back(name);
    return true;
  }

  bool subpattern(const PatternNode* p, PatternContext* pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    if (!pattern(p, pc)) return false;
    pc->allow_irrefutable = allow;
    return true;
  }

  // A constant's identity for duplicate mapping keys (Python's == on hashable constants).
  static std::string key_identity(const Constant* c) {
    switch (c->value_kind) {
      case ConstantKind::Int:
        return "n" + int_literal_to_decimal(c->text);
      case ConstantKind::True:
        return "n1";
      case ConstantKind::False:
        return "n0";
      case ConstantKind::Float: {
        double v = c->number;
        if (v == static_cast<double>(static_cast<long long>(v)) && v > -1e18 && v < 1e18) {
          return "n" + std::to_string(static_cast<long long>(v));
        }
        return "f" + repr_float(v);
      }
      case ConstantKind::Complex:
        return "c" + repr_imaginary(c->number);
      case ConstantKind::Str:
        return "s" + c->text;
      case ConstantKind::Bytes:
        return "b" + c->text;
      case ConstantKind::None:
        return "None";
      case ConstantKind::Ellipsis:
        return "...";
    }
    return "";
  }

  static std::string constant_repr(const Constant* c) {
    switch (c->value_kind) {
      case ConstantKind::Int:
        return int_literal_to_decimal(c->text);
      case ConstantKind::Float:
        return repr_float(c->number);
      case ConstantKind::Complex:
        return repr_imaginary(c->number);
      case ConstantKind::Str:
        return repr_str(c->text);
      case ConstantKind::Bytes:
        return repr_bytes(c->text);
      case ConstantKind::True:
        return "True";
      case ConstantKind::False:
        return "False";
      case ConstantKind::None:
        return "None";
      case ConstantKind::Ellipsis:
        return "Ellipsis";
    }
    return "";
  }

  // After ast_opt's constant folding, -1 and 1+2j are constants too.
  static bool is_match_value(const ExprNode* e) {
    if (e->is<Constant>() || e->is<Attribute>()) return true;
    if (e->is<UnaryOp>()) return e->as<UnaryOp>()->operand->is<Constant>();
    if (e->is<BinOp>())
      return is_match_value(e->as<BinOp>()->left) && e->as<BinOp>()->right->is<Constant>();
    return false;
  }

  bool mapping(const PatternNode* p, PatternContext* pc) {
    const MatchMapping* m = p->as<MatchMapping>();
    std::set<std::string> seen;
    for (const ExprNode* key : m->keys) {
      loc_ = p;
      if (key->is<Constant>()) {
        const Constant* c = key->as<Constant>();
        if (!seen.insert(key_identity(c)).second) {
          return error("mapping pattern checks duplicate key (" + constant_repr(c) + ")");
        }
      } else if (!key->is<Attribute>() && !is_match_value(key)) {
        return error("mapping pattern keys may only match literals and attribute lookups");
      }
      if (!expr(key)) return false;
    }
    loc_ = p;
    for (const PatternNode* x : m->patterns) {
      if (!subpattern(x, pc)) return false;
    }
    return store_name(m->rest, pc);
  }

  bool class_pattern(const PatternNode* p, PatternContext* pc) {
    const MatchClass* c = p->as<MatchClass>();
    for (size_t i = 0; i < c->kwd_attrs.size(); ++i) {
      if (!forbidden(c->kwd_attrs[i], ExprContext::Store)) return false;
      for (size_t j = i + 1; j < c->kwd_attrs.size(); ++j) {
        if (c->kwd_attrs[i] == c->kwd_attrs[j]) {
          loc_ = c->kwd_patterns[j];
          return error("attribute name repeated in class pattern: " + c->kwd_attrs[i]);
        }
      }
    }
    if (!expr(c->cls)) return false;
    for (const PatternNode* x : c->patterns) {
      if (!subpattern(x, pc)) return false;
    }
    for (const PatternNode* x : c->kwd_patterns) {
      if (!subpattern(x, pc)) return false;
    }
    return true;
  }

  bool or_pattern(const PatternNode* p, PatternContext* pc) {
    const MatchOr* o = p->as<MatchOr>();
    bool old_allow = pc->allow_irrefutable;
    std::vector<std::string> control;
    for (size_t i = 0; i < o->patterns.size(); ++i) {
      const PatternNode* alt = o->patterns[i];
      loc_ = alt;
      PatternContext sub;
      sub.allow_irrefutable = i + 1 == o->patterns.size() && old_allow;
      if (!pattern(alt, &sub)) return false;
      if (i == 0) {
        control = sub.stores;
        continue;
      }
      std::vector<std::string> a = control, b = sub.stores;
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      if (a != b) return error("alternative patterns bind different names");
    }
    for (const std::string& name : control) {
      if (!store_name(name, pc)) return false;
    }
    return true;
  }

  bool pattern(const PatternNode* p, PatternContext* pc) {
    loc_ = p;
    switch (p->kind) {
      case PatternKind::MatchValue: {
        const ExprNode* v = p->as<MatchValue>()->value;
        if (!is_match_value(v))
          return error("patterns may only match literals and attribute lookups");
        return expr(v);
      }
      case PatternKind::MatchSingleton:
        return true;
      case PatternKind::MatchSequence: {
        const MatchSequence* s = p->as<MatchSequence>();
        bool star = false;
        for (const PatternNode* x : s->patterns) {
          if (!x->is<MatchStar>()) continue;
          if (star) return error("multiple starred names in sequence pattern");
          star = true;
        }
        for (const PatternNode* x : s->patterns) {
          if (x->is<MatchStar>()) {
            loc_ = x;
            if (!store_name(x->as<MatchStar>()->name, pc)) return false;
          } else if (!subpattern(x, pc)) {
            return false;
          }
        }
        return true;
      }
      case PatternKind::MatchMapping:
        return mapping(p, pc);
      case PatternKind::MatchClass:
        return class_pattern(p, pc);
      case PatternKind::MatchStar:
        return store_name(p->as<MatchStar>()->name, pc);
      case PatternKind::MatchAs: {
        const MatchAs* a = p->as<MatchAs>();
        if (!a->pattern) {
          if (!pc->allow_irrefutable) {
            if (!a->name.empty()) {
              return error("name capture " + quoted(a->name) +
                           " makes remaining patterns unreachable");
            }
            return error("wildcard makes remaining patterns unreachable");
          }
          return store_name(a->name, pc);
        }
        if (!pattern(a->pattern, pc)) return false;
        return store_name(a->name, pc);  // at the subpattern's location, as CPython's is
      }
      case PatternKind::MatchOr:
        return or_pattern(p, pc);
    }
    return true;
  }

 public:
  bool future_annotations_ = false;

 private:
  Reporter& r_;
  const Symtable& st_;
  int future_lineno_;
  Unit unit_{UnitType::Module, nullptr, {}};
  const Located* loc_ = nullptr;
};

bool has_future_annotations(const Module& m, int future_lineno) {
  for (const StmtNode* s : m.body) {
    if (s->lineno > future_lineno) break;
    const ImportFrom* f = s->dyn<ImportFrom>();
    if (!f || f->module != "__future__") continue;
    for (const Alias* a : f->names) {
      if (a->name == "annotations") return true;
    }
  }
  return false;
}

}  // namespace

std::optional<SyntaxErrorInfo> validate(const ast::Module& module, std::string_view source,
                                        std::string_view filename) {
  Reporter r(source, filename);
  int future_lineno = 0;
  if (!check_future(module, r, &future_lineno) || !check_depth(module, r)) return r.take();
  Symtable symtable(r);
  if (!symtable.build(module)) return r.take();
  CompileChecker checker(r, symtable, future_lineno);
  checker.future_annotations_ = has_future_annotations(module, future_lineno);
  if (!checker.module(module)) return r.take();
  return std::nullopt;
}

}  // namespace asyncplay::lang
