#include "core/lang/compiler.h"

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "core/lang/code.h"
#include "core/lang/errors.h"
#include "core/lang/objects.h"
#include "core/lang/symtable.h"
#include "core/lang/types.h"

namespace asyncplay::lang {
namespace {

using namespace ast;  // node types; Dict, List, Tuple, Set, Slice are spelled ast:: (objects.h)

constexpr uint32_t kCallMethodFlag = 1u << 23;    // CALL after LOAD_METHOD
constexpr uint32_t kListExtendInCall = 1u << 22;  // LIST_EXTEND of f(*x): errors name f

// What break/continue/return must undo on their way out.
enum class FBlockKind {
  kWhileLoop,
  kForLoop,
  kTryExcept,
  kFinallyTry,
  kFinallyEnd,
  kWith,
  kAsyncWith,
  kHandlerCleanup,
  kPopValue,
  kAsyncForLoop,
};

struct FBlock {
  explicit FBlock(FBlockKind k, int start = -1, int exit = -1, const Body* fb = nullptr,
                  std::string n = {})
      : kind(k), loop_start(start), loop_exit(exit), finalbody(fb), name(std::move(n)) {}
  FBlockKind kind;
  int loop_start = -1;  // label
  int loop_exit = -1;   // label
  const Body* finalbody = nullptr;
  std::string name;  // HandlerCleanup: the `as` name, or empty
};

// One code object under construction.
struct Unit {
  Scope* scope = nullptr;
  Ref code;  // Code being filled
  Code* co() const { return code.as<Code>(); }
  std::vector<int> labels;                     // instruction index, -1 while unbound
  std::vector<std::pair<size_t, int>> fixups;  // (instruction, label)
  std::vector<FBlock> fblocks;
  std::map<std::string, uint32_t> names;
  std::map<std::string, uint32_t> varnames;
  std::map<std::string, uint32_t> derefs;      // cells then frees
  std::map<std::string, uint32_t> const_keys;  // simple dedup for str/int/None
  Position pos;
  bool in_class_body = false;
};

class Compiler {
 public:
  Compiler(std::string filename, CompileError* error)
      : filename_(std::move(filename)), error_(error) {}

  Ref compile(const ast::Module& module) {
    SymtableError se;
    if (!build_symtable(module, &top_, &se)) {
      error_->msg = se.msg;
      error_->lineno = se.lineno;
      error_->col_offset = se.col_offset;
      error_->end_lineno = se.end_lineno;
      error_->end_col_offset = se.end_col_offset;
      return nullptr;
    }
    enter(top_.get(), "<module>", "<module>", 1);
    // A module's docstring is not an expression statement to evaluate for nothing.
    body(module.body, /*is_module=*/true);
    if (failed_) return nullptr;
    load_const(none());
    emit(Op::RETURN_VALUE);
    return leave();
  }

 private:
  // ---- units and emission ---------------------------------------------------------------------

  void enter(Scope* scope, const std::string& name, const std::string& qualname, int first_line) {
    auto u = std::make_unique<Unit>();
    u->scope = scope;
    Code* co = new Code();
    co->type = &g_code_type;
    u->code = Ref::steal(Value(co));
    co->name = name;
    co->qualname = qualname;
    co->filename = filename_;
    co->first_line = first_line;
    for (const auto& p : scope->params) varname(*u, p);
    if (scope->is_function()) {
      for (const auto& n : scope->order) {
        if (scope->lookup(n) == NameAccess::kLocal || scope->lookup(n) == NameAccess::kCell)
          varname(*u, n);
      }
    }
    uint32_t i = 0;
    for (const auto& c : scope->cellvars) {
      u->derefs[c] = i++;
      co->cellvars.push_back(c);
      auto it = std::find(scope->params.begin(), scope->params.end(), c);
      co->cell2arg.push_back(
          it == scope->params.end() ? -1 : static_cast<int>(it - scope->params.begin()));
    }
    for (const auto& f : scope->freevars) {
      u->derefs[f] = i++;
      co->freevars.push_back(f);
    }
    u->pos.line = first_line;
    units_.push_back(std::move(u));
  }

  Ref leave() {
    Unit& u = cur();
    for (auto [at, label] : u.fixups) {
      Instr& ins = u.co()->code[at];
      ins = make_instr(instr_op(ins), static_cast<uint32_t>(u.labels[label]));
    }
    Code* co = u.co();
    co->stacksize = compute_stack_depth(*co);
    // Each SETUP_FINALLY is on the block stack at most once at a time (blocks nest like the
    // statements that push them), so their number bounds the depth.
    co->maxblocks = 0;
    for (Instr ins : co->code) co->maxblocks += instr_op(ins) == Op::SETUP_FINALLY;
    Ref out = std::move(u.code);
    units_.pop_back();
    return out;
  }

  Unit& cur() { return *units_.back(); }
  Code* code() { return cur().co(); }

  uint32_t varname(Unit& u, const std::string& n) {
    auto it = u.varnames.find(n);
    if (it != u.varnames.end()) return it->second;
    uint32_t idx = static_cast<uint32_t>(u.co()->varnames.size());
    u.co()->varnames.push_back(n);
    u.varnames[n] = idx;
    return idx;
  }

  uint32_t name_index(const std::string& n) {
    Unit& u = cur();
    auto it = u.names.find(n);
    if (it != u.names.end()) return it->second;
    uint32_t idx = static_cast<uint32_t>(u.co()->names.size());
    Str* s = intern(n);
    incref(Value(s));
    u.co()->names.push_back(s);
    u.names[n] = idx;
    return idx;
  }

  size_t emit(Op op, uint32_t arg = 0) {
    Code* co = code();
    co->code.push_back(make_instr(op, arg));
    co->positions.push_back(cur().pos);
    return co->code.size() - 1;
  }

  int new_label() {
    cur().labels.push_back(-1);
    return static_cast<int>(cur().labels.size() - 1);
  }
  void bind(int label) { cur().labels[label] = static_cast<int>(code()->code.size()); }
  void emit_jump(Op op, int label) { cur().fixups.emplace_back(emit(op, 0), label); }

  uint32_t add_const(Ref value) {
    Code* co = code();
    co->consts.push_back(value.release());
    return static_cast<uint32_t>(co->consts.size() - 1);
  }
  // Deduplicates simple constants by a key (kind + text).
  uint32_t add_const_keyed(const std::string& key, Ref value) {
    auto it = cur().const_keys.find(key);
    if (it != cur().const_keys.end()) return it->second;
    uint32_t idx = add_const(std::move(value));
    cur().const_keys[key] = idx;
    return idx;
  }
  void load_const(Value v) {
    if (v == none()) {
      emit(Op::LOAD_CONST, add_const_keyed("N", Ref::borrow(v)));
    } else {
      emit(Op::LOAD_CONST, add_const(Ref::borrow(v)));
    }
  }
  void load_str(const std::string& s) {
    emit(Op::LOAD_CONST, add_const_keyed("s" + s, new_str(s)));
  }

  void set_pos(const Located* n) {
    cur().pos = Position{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
  }

  // Keeps the current position for the duration of a scope.
  struct PosGuard {
    Compiler* c;
    Position saved;
    PosGuard(Compiler* c, const Located* n) : c(c), saved(c->cur().pos) { c->set_pos(n); }
    ~PosGuard() { c->cur().pos = saved; }
  };

  void error(const std::string& msg, const Located* at) {
    if (failed_) return;
    failed_ = true;
    error_->msg = msg;
    if (at) {
      error_->lineno = at->lineno;
      error_->col_offset = at->col_offset;
      error_->end_lineno = at->end_lineno;
      error_->end_col_offset = at->end_col_offset;
    }
  }

  // ---- names ---------------------------------------------------------------------------------

  enum class Ctx { kLoad, kStore, kDel };

  // The index of attribute name `attr`, mangled if private (obj.__x in class C is obj._C__x).
  uint32_t attr_index(const std::string& attr) {
    return name_index(mangle(cur().scope->private_name, attr));
  }

  void name_op(const std::string& raw_id, Ctx ctx) {
    Unit& u = cur();
    Scope* s = u.scope;
    const std::string id = mangle(s->private_name, raw_id);
    NameAccess a = s->lookup(id);
    switch (a) {
      case NameAccess::kLocal: {
        uint32_t i = varname(u, id);
        emit(ctx == Ctx::kLoad    ? Op::LOAD_FAST
             : ctx == Ctx::kStore ? Op::STORE_FAST
                                  : Op::DELETE_FAST,
             i);
        return;
      }
      case NameAccess::kCell:
      case NameAccess::kFree: {
        auto it = u.derefs.find(id);
        if (it == u.derefs.end()) break;  // falls back to a name lookup
        if (ctx == Ctx::kLoad && s->kind == ScopeKind::kClass) {
          emit(Op::LOAD_CLASSDEREF, it->second | (name_index(id) << 12));
        } else {
          emit(ctx == Ctx::kLoad    ? Op::LOAD_DEREF
               : ctx == Ctx::kStore ? Op::STORE_DEREF
                                    : Op::DELETE_DEREF,
               it->second);
        }
        return;
      }
      case NameAccess::kGlobalExplicit:
      case NameAccess::kGlobalImplicit:
        if (s->is_function() || a == NameAccess::kGlobalExplicit) {
          emit(ctx == Ctx::kLoad    ? Op::LOAD_GLOBAL
               : ctx == Ctx::kStore ? Op::STORE_GLOBAL
                                    : Op::DELETE_GLOBAL,
               name_index(id));
          return;
        }
        break;
      case NameAccess::kName:
        break;
    }
    emit(ctx == Ctx::kLoad    ? Op::LOAD_NAME
         : ctx == Ctx::kStore ? Op::STORE_NAME
                              : Op::DELETE_NAME,
         name_index(id));
  }

  // ---- statements --------------------------------------------------------------------------

  static bool has_annotations(const Body& stmts) {
    for (const StmtNode* s : stmts) {
      if (auto* a = s->dyn<AnnAssign>(); a && a->simple && a->target->is<Name>()) return true;
    }
    return false;
  }

  void body(const Body& stmts, bool is_module = false) {
    size_t i = 0;
    if (is_module && has_annotations(stmts)) emit(Op::SETUP_ANNOTATIONS);
    if (is_module && !stmts.empty()) {
      // A leading string is the docstring: stored, not evaluated.
      if (auto* e = stmts[0]->dyn<Expr>()) {
        if (auto* c = e->value->dyn<Constant>(); c && c->value_kind == ConstantKind::Str) {
          PosGuard g(this, stmts[0]);
          load_str(c->text);
          name_op("__doc__", Ctx::kStore);
          i = 1;
        }
      }
    }
    for (; i < stmts.size() && !failed_; ++i) stmt(stmts[i]);
  }

  void stmt(const StmtNode* s) {
    PosGuard g(this, s);
    switch (s->kind) {
      case StmtKind::FunctionDef:
        return function_def(s->as<FunctionDef>()->name, s->as<FunctionDef>()->args,
                            s->as<FunctionDef>()->body, s->as<FunctionDef>()->decorator_list,
                            s->as<FunctionDef>()->returns, s);
      case StmtKind::AsyncFunctionDef:
        return function_def(s->as<AsyncFunctionDef>()->name, s->as<AsyncFunctionDef>()->args,
                            s->as<AsyncFunctionDef>()->body,
                            s->as<AsyncFunctionDef>()->decorator_list,
                            s->as<AsyncFunctionDef>()->returns, s);
      case StmtKind::ClassDef:
        return class_def(s->as<ClassDef>());
      case StmtKind::Return:
        return return_stmt(s->as<Return>());
      case StmtKind::Delete:
        for (const ExprNode* t : s->as<Delete>()->targets) target(t, Ctx::kDel);
        return;
      case StmtKind::Assign: {
        auto* a = s->as<Assign>();
        expr(a->value);
        for (size_t i = 0; i < a->targets.size(); ++i) {
          if (i + 1 < a->targets.size()) emit(Op::DUP_TOP);
          target(a->targets[i], Ctx::kStore);
        }
        return;
      }
      case StmtKind::AugAssign:
        return aug_assign(s->as<AugAssign>());
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (a->value) {
          expr(a->value);
          target(a->target, Ctx::kStore);
        }
        // Module and class bodies record simple annotations in __annotations__.
        if (a->simple && a->target->is<Name>() && !cur().scope->is_function()) {
          expr(a->annotation);
          name_op("__annotations__", Ctx::kLoad);
          load_str(mangle(cur().scope->private_name, a->target->as<Name>()->id));
          emit(Op::STORE_SUBSCR);
        }
        return;
      }
      case StmtKind::For:
        return for_stmt(s->as<For>()->target, s->as<For>()->iter, s->as<For>()->body,
                        s->as<For>()->orelse);
      case StmtKind::AsyncFor:
        return async_for_stmt(s->as<AsyncFor>());
      case StmtKind::While:
        return while_stmt(s->as<While>());
      case StmtKind::If:
        return if_stmt(s->as<If>());
      case StmtKind::With:
        return with_stmt(s->as<With>()->items, 0, s->as<With>()->body, false);
      case StmtKind::AsyncWith:
        return with_stmt(s->as<AsyncWith>()->items, 0, s->as<AsyncWith>()->body, true);
      case StmtKind::Match:
        return match_stmt(s->as<Match>());
      case StmtKind::Raise: {
        auto* r = s->as<Raise>();
        uint32_t n = 0;
        if (r->exc) {
          expr(r->exc);
          n = 1;
          if (r->cause) {
            expr(r->cause);
            n = 2;
          }
        }
        emit(Op::RAISE_VARARGS, n);
        return;
      }
      case StmtKind::Try: {
        auto* t = s->as<Try>();
        if (!t->finalbody.empty()) return try_finally(t);
        return try_except(t);
      }
      case StmtKind::TryStar: {
        auto* t = s->as<TryStar>();
        if (!t->finalbody.empty()) return try_finally(t);
        return try_except(t);
      }
      case StmtKind::Assert: {
        auto* a = s->as<Assert>();
        int end = new_label();
        expr(a->test);
        emit_jump(Op::POP_JUMP_IF_TRUE, end);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (a->msg) {
          expr(a->msg);
          emit(Op::CALL, 1);
        }
        emit(Op::RAISE_VARARGS, 1);
        bind(end);
        return;
      }
      case StmtKind::Import:
        return import_stmt(s->as<Import>());
      case StmtKind::ImportFrom:
        return import_from(s->as<ImportFrom>());
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass:
        return;
      case StmtKind::Expr: {
        const ExprNode* v = s->as<Expr>()->value;
        if (v->is<Constant>()) return;  // docstrings and bare constants do nothing
        expr(v);
        emit(Op::POP_TOP);
        return;
      }
      case StmtKind::Break:
        return break_stmt(s);
      case StmtKind::Continue:
        return continue_stmt(s);
    }
  }

  std::string qualname_for(const std::string& name) {
    Unit& u = cur();
    if (u.scope->kind == ScopeKind::kModule) return name;
    // A function declared global inside a function keeps its plain name.
    if (u.scope->lookup(name) == NameAccess::kGlobalExplicit) return name;
    std::string base = u.co()->qualname;
    if (u.scope->is_function()) return base + ".<locals>." + name;
    return base + "." + name;
  }

  Scope* child_scope(const Node* node) {
    for (auto& c : cur().scope->children) {
      if (c->node == node) return c.get();
    }
    return nullptr;
  }

  // Pushes the defaults, kwdefaults and closure of a function about to be made; returns flags.
  // The annotations dict of a def, evaluated at definition time as in CPython 3.11 (whose order
  // puts the parameters before the positional-only ones); false when there are none.
  bool annotations(const Arguments* args, const ExprNode* returns) {
    uint32_t n = 0;
    auto one = [&](const Arg* a) {
      if (!a || !a->annotation) return;
      load_str(mangle(cur().scope->private_name, a->arg));
      expr(a->annotation);
      ++n;
    };
    if (args) {
      for (const Arg* a : args->args) one(a);
      for (const Arg* a : args->posonlyargs) one(a);
      one(args->vararg);
      for (const Arg* a : args->kwonlyargs) one(a);
      one(args->kwarg);
    }
    if (returns) {
      load_str("return");
      expr(returns);
      ++n;
    }
    if (n) emit(Op::BUILD_MAP, n);
    return n != 0;
  }

  uint32_t function_prelude(const Arguments* args) {
    uint32_t flags = 0;
    if (args && !args->defaults.empty()) {
      for (const ExprNode* d : args->defaults) expr(d);
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size()));
      flags |= kFnDefaults;
    }
    if (args) {
      uint32_t n = 0;
      for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        if (!args->kw_defaults[i]) continue;
        load_str(args->kwonlyargs[i]->arg);
        expr(args->kw_defaults[i]);
        ++n;
      }
      if (n) {
        emit(Op::BUILD_MAP, n);
        flags |= kFnKwDefaults;
      }
    }
    return flags;
  }

  // Emits the closure tuple for `child`, if it has free variables; returns the flag.
  uint32_t closure_for(Scope* child) {
    if (child->freevars.empty()) return 0;
    for (const std::string& fv : child->freevars) {
      auto it = cur().derefs.find(fv);
      if (it == cur().derefs.end()) {
        error("internal error: no cell for free variable '" + fv + "'", nullptr);
        return 0;
      }
      emit(Op::LOAD_CLOSURE, it->second);
    }
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(child->freevars.size()));
    return kFnClosure;
  }

  void set_code_flags(Code* co, Scope* sc, const Arguments* args) {
    uint32_t f = kCodeNewLocals;
    if (sc->is_function()) f |= kCodeOptimized;
    if (sc->has_varargs) f |= kCodeVarargs;
    if (sc->has_varkw) f |= kCodeVarkeywords;
    if (sc->is_coroutine && sc->is_generator)
      f |= kCodeAsyncGenerator;
    else if (sc->is_coroutine)
      f |= kCodeCoroutine;
    else if (sc->is_generator)
      f |= kCodeGenerator;
    co->flags = f;
    if (args) {
      co->posonlyargcount = static_cast<int>(args->posonlyargs.size());
      co->argcount = static_cast<int>(args->posonlyargs.size() + args->args.size());
      co->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
    }
  }

  void function_def(const std::string& name, const Arguments* args, const Body& fbody,
                    const Exprs& decorators, const ExprNode* returns, const StmtNode* node) {
    for (const ExprNode* d : decorators) expr(d);
    Scope* sc = child_scope(node);
    uint32_t flags = function_prelude(args);
    if (annotations(args, returns)) flags |= kFnAnnotations;
    const std::string qual = qualname_for(name);
    int first_line = decorators.empty() ? node->lineno : decorators[0]->lineno;
    enter(sc, name, qual, first_line);
    set_code_flags(code(), sc, args);
    // The docstring is the first constant, as in CPython (used as __doc__).
    size_t start = 0;
    if (!fbody.empty()) {
      if (auto* e = fbody[0]->dyn<Expr>()) {
        if (auto* c = e->value->dyn<Constant>(); c && c->value_kind == ConstantKind::Str) {
          add_const(new_str(c->text));
          start = 1;
        }
      }
    }
    if (start == 0) add_const(new_none());
    for (size_t i = start; i < fbody.size() && !failed_; ++i) stmt(fbody[i]);
    if (fbody.empty() || !ends_with_return(fbody)) {
      load_const(none());
      emit(Op::RETURN_VALUE);
    }
    Ref co = leave();
    if (failed_) return;
    flags |= closure_for(sc);
    emit(Op::LOAD_CONST, add_const(std::move(co)));
    emit(Op::MAKE_FUNCTION, flags);
    for (size_t i = 0; i < decorators.size(); ++i) emit(Op::CALL, 1);
    name_op(name, Ctx::kStore);
  }

  static bool ends_with_return(const Body& b) { return !b.empty() && b.back()->is<Return>(); }

  void class_def(const ClassDef* c) {
    for (const ExprNode* d : c->decorator_list) expr(d);
    Scope* sc = child_scope(c);
    emit(Op::LOAD_BUILD_CLASS);
    const std::string qual = qualname_for(c->name);
    int first_line = c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno;
    enter(sc, c->name, qual, first_line);
    cur().in_class_body = true;
    code()->flags = kCodeNewLocals;
    {
      PosGuard g(this, c);
      name_op("__name__", Ctx::kLoad);
      name_op("__module__", Ctx::kStore);
      load_str(qual);
      name_op("__qualname__", Ctx::kStore);
    }
    body(c->body, /*is_module=*/true);  // a class docstring becomes __doc__ too
    if (sc->needs_class_cell) {
      emit(Op::LOAD_CLOSURE, cur().derefs["__class__"]);
      emit(Op::DUP_TOP);
      name_op("__classcell__", Ctx::kStore);
    } else {
      load_const(none());
    }
    emit(Op::RETURN_VALUE);
    Ref co = leave();
    if (failed_) return;
    uint32_t flags = closure_for(sc);
    emit(Op::LOAD_CONST, add_const(std::move(co)));
    emit(Op::MAKE_FUNCTION, flags);
    load_str(c->name);
    call_args(c->bases, c->keywords, 2, false);
    for (size_t i = 0; i < c->decorator_list.size(); ++i) emit(Op::CALL, 1);
    name_op(c->name, Ctx::kStore);
  }

  void return_stmt(const Return* r) {
    if (!cur().scope->is_function()) return error("'return' outside function", r);
    if (r->value) {
      expr(r->value);
    } else {
      load_const(none());
    }
    unwind_fblocks(/*preserve_tos=*/true, /*stop_at_loop=*/false);
    emit(Op::RETURN_VALUE);
  }

  void break_stmt(const StmtNode* s) {
    FBlock* loop = unwind_fblocks(false, true);
    if (!loop) return error("'break' outside loop", s);
    unwind_one(*loop, false);
    emit_jump(Op::JUMP, loop->loop_exit);
  }

  void continue_stmt(const StmtNode* s) {
    FBlock* loop = unwind_fblocks(false, true);
    if (!loop) return error("'continue' not properly in loop", s);
    emit_jump(Op::JUMP, loop->loop_start);
  }

  // Emits the clean-up of every fblock up to (not including) the innermost loop when
  // `stop_at_loop`, else of all of them. Returns that loop, or null.
  FBlock* unwind_fblocks(bool preserve_tos, bool stop_at_loop) {
    auto& fb = cur().fblocks;
    // Work on a copy: finally bodies compiled inline push and pop fblocks of their own.
    std::vector<FBlock> saved = fb;
    for (size_t i = saved.size(); i-- > 0;) {
      FBlock b = saved[i];
      if (stop_at_loop && (b.kind == FBlockKind::kWhileLoop || b.kind == FBlockKind::kForLoop ||
                           b.kind == FBlockKind::kAsyncForLoop)) {
        fb = saved;
        return &fb[i];
      }
      fb.erase(fb.begin() + static_cast<std::ptrdiff_t>(i), fb.end());
      unwind_one(b, preserve_tos);
    }
    fb = saved;
    return nullptr;
  }

  void unwind_one(const FBlock& b, bool preserve_tos) {
    switch (b.kind) {
      case FBlockKind::kWhileLoop:
        return;
      case FBlockKind::kForLoop:
      case FBlockKind::kAsyncForLoop:
      case FBlockKind::kPopValue:
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        return;
      case FBlockKind::kTryExcept:
        emit(Op::POP_BLOCK);
        return;
      case FBlockKind::kFinallyTry:
        emit(Op::POP_BLOCK);
        if (preserve_tos) {
          // The return value waits on the stack while the finally body runs.
          cur().fblocks.push_back(FBlock{FBlockKind::kPopValue});
        }
        body(*b.finalbody);
        if (preserve_tos) cur().fblocks.pop_back();
        return;
      case FBlockKind::kFinallyEnd:
        // Inside the exceptional copy of a finally body: [prev, exc] and an EXCEPT_HANDLER block.
        if (preserve_tos) emit(Op::ROT_THREE);
        emit(Op::POP_TOP);
        emit(Op::POP_EXCEPT);
        return;
      case FBlockKind::kWith:
      case FBlockKind::kAsyncWith:
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::ROT_TWO);
        call_exit_none(b.kind == FBlockKind::kAsyncWith);
        return;
      case FBlockKind::kHandlerCleanup:
        if (!b.name.empty()) emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_EXCEPT);
        if (!b.name.empty()) {
          load_const(none());
          name_op(b.name, Ctx::kStore);
          name_op(b.name, Ctx::kDel);
        }
        return;
    }
  }

  // Stack: [exit]. Calls exit(None, None, None) and drops the result.
  void call_exit_none(bool is_async) {
    load_const(none());
    emit(Op::DUP_TOP);
    emit(Op::DUP_TOP);
    emit(Op::CALL, 3);
    if (is_async) await_tos(2);
    emit(Op::POP_TOP);
  }

  void aug_assign(const AugAssign* a) {
    const uint32_t op = static_cast<uint32_t>(a->op);
    const ExprNode* t = a->target;
    if (auto* n = t->dyn<Name>()) {
      name_op(n->id, Ctx::kLoad);
      expr(a->value);
      emit(Op::INPLACE_OP, op);
      name_op(n->id, Ctx::kStore);
    } else if (auto* at = t->dyn<Attribute>()) {
      expr(at->value);
      emit(Op::DUP_TOP);
      {
        PosGuard g(this, at);
        emit(Op::LOAD_ATTR, attr_index(at->attr));
      }
      expr(a->value);
      emit(Op::INPLACE_OP, op);
      emit(Op::ROT_TWO);
      emit(Op::STORE_ATTR, attr_index(at->attr));
    } else if (auto* sub = t->dyn<Subscript>()) {
      expr(sub->value);
      expr(sub->slice);
      emit(Op::DUP_TOP_TWO);
      {
        PosGuard g(this, sub);
        emit(Op::BINARY_SUBSCR);
      }
      expr(a->value);
      emit(Op::INPLACE_OP, op);
      emit(Op::ROT_THREE);
      emit(Op::STORE_SUBSCR);
    } else {
      error("'" + std::string(name_of(t->kind)) +
                "' is an illegal expression for augmented assignment",
            t);
    }
  }

  void for_stmt(const ExprNode* tgt, const ExprNode* iter, const Body& b, const Body& orelse) {
    int start = new_label(), cleanup = new_label(), exit = new_label();
    expr(iter);
    emit(Op::GET_ITER);
    bind(start);
    emit_jump(Op::FOR_ITER, cleanup);
    target(tgt, Ctx::kStore);
    cur().fblocks.push_back(FBlock{FBlockKind::kForLoop, start, exit});
    body(b);
    cur().fblocks.pop_back();
    emit_jump(Op::JUMP, start);
    bind(cleanup);
    body(orelse);
    bind(exit);
  }

  void async_for_stmt(const AsyncFor* f) {
    if (!cur().scope->is_coroutine) return error("'async for' outside async function", f);
    int start = new_label(), except = new_label(), exit = new_label();
    expr(f->iter);
    emit(Op::GET_AITER);
    bind(start);
    emit_jump(Op::SETUP_FINALLY, except);
    emit(Op::GET_ANEXT);
    load_const(none());
    send_loop();
    emit(Op::POP_BLOCK);
    target(f->target, Ctx::kStore);
    cur().fblocks.push_back(FBlock{FBlockKind::kAsyncForLoop, start, exit});
    body(f->body);
    cur().fblocks.pop_back();
    emit_jump(Op::JUMP, start);
    bind(except);
    emit(Op::END_ASYNC_FOR);
    body(f->orelse);
    bind(exit);
  }

  // ---- match statements ----------------------------------------------------------------------
  //
  // The subject stays on the stack while the cases are tried. A pattern consumes the value on
  // TOS; where it can fail, it jumps to a stub that pops what the pattern left above the point
  // its failure target expects, then jumps there. Captures are stored as soon as they match.

  struct MatchFail {
    int target;  // label to reach on failure
    int depth;   // pattern items the target expects on the stack
  };
  struct FailStub {
    int label, pops, target;
  };
  int pat_depth_ = 0;  // items pushed by the patterns being compiled (above the subject)
  std::vector<MatchFail> pat_fail_;
  std::vector<FailStub> pat_stubs_;

  // Pops the bool on TOS; jumps to the current failure target when it is false.
  void pattern_fail_if_false() {
    --pat_depth_;
    const MatchFail& f = pat_fail_.back();
    int stub = new_label();
    pat_stubs_.push_back(FailStub{stub, pat_depth_ - f.depth, f.target});
    emit_jump(Op::POP_JUMP_IF_FALSE, stub);
  }

  void emit_fail_stubs() {
    for (const FailStub& s : pat_stubs_) {
      bind(s.label);
      for (int i = 0; i < s.pops; ++i) emit(Op::POP_TOP);
      emit_jump(Op::JUMP, s.target);
    }
    pat_stubs_.clear();
  }

  void pattern_store(const std::string& name) {
    if (name.empty()) {
      emit(Op::POP_TOP);
    } else {
      name_op(name, Ctx::kStore);
    }
    --pat_depth_;
  }

  void match_stmt(const Match* m) {
    int end = new_label();
    expr(m->subject);
    for (size_t i = 0; i < m->cases.size(); ++i) {
      const MatchCase* c = m->cases[i];
      int next = new_label();
      set_pos(c->pattern);
      emit(Op::DUP_TOP);
      pat_depth_ = 1;
      pat_fail_.push_back(MatchFail{next, 0});
      pattern(c->pattern);
      if (c->guard) {
        expr(c->guard);
        ++pat_depth_;
        pattern_fail_if_false();
      }
      pat_fail_.pop_back();
      std::vector<FailStub> stubs;
      stubs.swap(pat_stubs_);  // a match in the body has its own
      emit(Op::POP_TOP);       // the subject
      body(c->body);
      emit_jump(Op::JUMP, end);
      pat_stubs_.swap(stubs);
      emit_fail_stubs();
      bind(next);
    }
    emit(Op::POP_TOP);
    bind(end);
  }

  void pattern(const PatternNode* p) {
    set_pos(p);
    switch (p->kind) {
      case PatternKind::MatchValue:
        expr(p->as<MatchValue>()->value);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
        return pattern_fail_if_false();
      case PatternKind::MatchSingleton: {
        ConstantKind k = p->as<MatchSingleton>()->value;
        load_const(k == ConstantKind::None   ? none()
                   : k == ConstantKind::True ? bool_value(true)
                                             : bool_value(false));
        emit(Op::IS_OP, 0);
        return pattern_fail_if_false();
      }
      case PatternKind::MatchAs: {
        auto* a = p->as<MatchAs>();
        if (a->pattern) {
          emit(Op::DUP_TOP);
          ++pat_depth_;
          pattern(a->pattern);
        }
        return pattern_store(a->name);
      }
      case PatternKind::MatchStar:
        return pattern_store(p->as<MatchStar>()->name);
      case PatternKind::MatchOr:
        return or_pattern(p->as<MatchOr>());
      case PatternKind::MatchSequence:
        return sequence_pattern(p->as<MatchSequence>());
      case PatternKind::MatchMapping:
        return mapping_pattern(p->as<MatchMapping>());
      case PatternKind::MatchClass:
        return class_pattern(p->as<MatchClass>());
    }
  }

  void or_pattern(const MatchOr* o) {
    int done = new_label();
    const int d = pat_depth_;
    for (size_t i = 0; i + 1 < o->patterns.size(); ++i) {
      int next = new_label();
      emit(Op::DUP_TOP);
      pat_depth_ = d + 1;
      pat_fail_.push_back(MatchFail{next, d});
      pattern(o->patterns[i]);
      pat_fail_.pop_back();
      emit(Op::POP_TOP);
      emit_jump(Op::JUMP, done);
      bind(next);
    }
    pat_depth_ = d;
    pattern(o->patterns.back());
    bind(done);
  }

  // Checks len(TOS) against n (at least n with a star).
  void pattern_len_check(size_t n, bool at_least) {
    emit(Op::GET_LEN);
    load_const_int(static_cast<int64_t>(n));
    emit(Op::COMPARE_OP, static_cast<uint32_t>(at_least ? CmpOp::Ge : CmpOp::Eq));
    ++pat_depth_;
    pattern_fail_if_false();
  }

  void sequence_pattern(const MatchSequence* s) {
    size_t star = s->patterns.size();
    for (size_t i = 0; i < s->patterns.size(); ++i) {
      if (s->patterns[i]->is<MatchStar>()) star = i;
    }
    const size_t n = s->patterns.size();
    emit(Op::MATCH_SEQUENCE);
    ++pat_depth_;
    pattern_fail_if_false();
    if (star == n) {
      pattern_len_check(n, false);
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
    } else {
      pattern_len_check(n - 1, true);
      emit(Op::UNPACK_EX, static_cast<uint32_t>(star | ((n - star - 1) << 8)));
    }
    pat_depth_ += static_cast<int>(n) - 1;
    for (const PatternNode* q : s->patterns) pattern(q);
  }

  void mapping_pattern(const MatchMapping* m) {
    const size_t n = m->keys.size();
    emit(Op::MATCH_MAPPING);
    ++pat_depth_;
    pattern_fail_if_false();
    if (n == 0 && m->rest.empty()) return pattern_store("");
    if (n > 0) pattern_len_check(n, true);
    for (const ExprNode* k : m->keys) expr(k);
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(n));  // [subject, keys]
    emit(Op::MATCH_KEYS);                             // [subject, keys, values or None]
    pat_depth_ += 2;
    emit(Op::DUP_TOP);
    load_const(none());
    emit(Op::IS_OP, 1);
    ++pat_depth_;
    pattern_fail_if_false();
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
    pat_depth_ += static_cast<int>(n) - 1;
    for (const PatternNode* q : m->patterns) pattern(q);
    if (m->rest.empty()) {
      pattern_store("");  // the keys
    } else {
      emit(Op::COPY_DICT_WITHOUT_KEYS);
      pattern_store(m->rest);
    }
    pattern_store("");  // the subject
  }

  void class_pattern(const MatchClass* c) {
    const size_t npos = c->patterns.size(), nkw = c->kwd_attrs.size();
    expr(c->cls);
    Ref names = new_tuple(static_cast<int64_t>(nkw));
    for (size_t i = 0; i < nkw; ++i) {
      static_cast<lang::Tuple*>(names.get().obj())->items[i] = new_str(c->kwd_attrs[i]).release();
    }
    emit(Op::LOAD_CONST, add_const(std::move(names)));
    emit(Op::MATCH_CLASS, static_cast<uint32_t>(npos));  // [attributes or None]
    emit(Op::DUP_TOP);
    load_const(none());
    emit(Op::IS_OP, 1);
    ++pat_depth_;
    pattern_fail_if_false();
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(npos + nkw));
    pat_depth_ += static_cast<int>(npos + nkw) - 1;
    for (const PatternNode* q : c->patterns) pattern(q);
    for (const PatternNode* q : c->kwd_patterns) pattern(q);
  }

  void while_stmt(const While* w) {
    int start = new_label(), orelse = new_label(), exit = new_label();
    bind(start);
    expr(w->test);
    emit_jump(Op::POP_JUMP_IF_FALSE, orelse);
    cur().fblocks.push_back(FBlock{FBlockKind::kWhileLoop, start, exit});
    body(w->body);
    cur().fblocks.pop_back();
    emit_jump(Op::JUMP, start);
    bind(orelse);
    body(w->orelse);
    bind(exit);
  }

  void if_stmt(const If* i) {
    int orelse = new_label(), end = new_label();
    expr(i->test);
    emit_jump(Op::POP_JUMP_IF_FALSE, orelse);
    body(i->body);
    if (!i->orelse.empty()) emit_jump(Op::JUMP, end);
    bind(orelse);
    body(i->orelse);
    bind(end);
  }

  void with_stmt(const Seq<WithItem>& items, size_t k, const Body& b, bool is_async) {
    if (is_async && !cur().scope->is_coroutine)
      return error("'async with' outside async function", items[0]->context_expr);
    const WithItem* item = items[k];
    int handler = new_label(), end = new_label(), suppress = new_label();
    expr(item->context_expr);
    if (is_async) {
      emit(Op::BEFORE_ASYNC_WITH);
      await_tos(1);
    } else {
      emit(Op::BEFORE_WITH);
    }
    if (item->optional_vars) {
      target(item->optional_vars, Ctx::kStore);
    } else {
      emit(Op::POP_TOP);
    }
    emit_jump(Op::SETUP_FINALLY, handler);
    cur().fblocks.push_back(FBlock{is_async ? FBlockKind::kAsyncWith : FBlockKind::kWith});
    if (k + 1 < items.size()) {
      with_stmt(items, k + 1, b, is_async);
    } else {
      body(b);
    }
    cur().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    call_exit_none(is_async);
    emit_jump(Op::JUMP, end);
    bind(handler);  // [exit, prev, exc]
    emit(Op::WITH_EXCEPT_START);
    if (is_async) await_tos(2);
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    bind(suppress);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    bind(end);
  }

  template <class TryNode>  // Try or TryStar
  void try_finally(const TryNode* t) {
    int final = new_label(), exit = new_label();
    emit_jump(Op::SETUP_FINALLY, final);
    cur().fblocks.push_back(FBlock{FBlockKind::kFinallyTry, -1, -1, &t->finalbody});
    if (!t->handlers.empty()) {
      try_except(t);
    } else {
      body(t->body);
    }
    cur().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(t->finalbody);
    emit_jump(Op::JUMP, exit);
    bind(final);
    cur().fblocks.push_back(FBlock{FBlockKind::kFinallyEnd});
    body(t->finalbody);
    cur().fblocks.pop_back();
    emit(Op::RERAISE);
    bind(exit);
  }

  void try_except(const Try* t) {
    int except = new_label(), orelse = new_label(), end = new_label();
    emit_jump(Op::SETUP_FINALLY, except);
    cur().fblocks.push_back(FBlock{FBlockKind::kTryExcept});
    body(t->body);
    cur().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    emit_jump(Op::JUMP, orelse);
    bind(except);  // [prev, exc]
    for (size_t i = 0; i < t->handlers.size(); ++i) {
      const ExceptHandler* h = t->handlers[i];
      PosGuard g(this, h);
      if (!h->type && i + 1 < t->handlers.size()) return error("default 'except:' must be last", h);
      int next = new_label();
      if (h->type) {
        emit(Op::DUP_TOP);
        expr(h->type);
        emit_jump(Op::JUMP_IF_NOT_EXC_MATCH, next);
      }
      if (!h->name.empty()) {
        int cleanup = new_label();
        name_op(h->name, Ctx::kStore);
        emit_jump(Op::SETUP_FINALLY, cleanup);
        cur().fblocks.push_back(FBlock{FBlockKind::kHandlerCleanup, -1, -1, nullptr, h->name});
        body(h->body);
        cur().fblocks.pop_back();
        emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        load_const(none());
        name_op(h->name, Ctx::kStore);
        name_op(h->name, Ctx::kDel);
        emit_jump(Op::JUMP, end);
        bind(cleanup);  // [prev, exc(now handled), new exc]
        load_const(none());
        name_op(h->name, Ctx::kStore);
        name_op(h->name, Ctx::kDel);
        emit(Op::RERAISE);
      } else {
        emit(Op::POP_TOP);
        cur().fblocks.push_back(FBlock{FBlockKind::kHandlerCleanup});
        body(h->body);
        cur().fblocks.pop_back();
        emit(Op::POP_EXCEPT);
        emit_jump(Op::JUMP, end);
      }
      bind(next);
    }
    emit(Op::RERAISE);
    bind(orelse);
    body(t->orelse);
    bind(end);
  }

  // try/except*: each clause takes its part of the exception (CHECK_EG_MATCH) from what the
  // clauses before it left. What the clauses raise and the unhandled rest are collected in a list
  // and combined by PREP_RERAISE_STAR into the exception to raise at the end, if any.
  void try_except(const TryStar* t) {
    int except = new_label(), orelse = new_label(), end = new_label(), reraise = new_label();
    emit_jump(Op::SETUP_FINALLY, except);
    cur().fblocks.push_back(FBlock{FBlockKind::kTryExcept});
    body(t->body);
    cur().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    emit_jump(Op::JUMP, orelse);
    bind(except);  // [prev, orig]
    emit(Op::DUP_TOP);
    emit(Op::BUILD_LIST, 0);
    emit(Op::ROT_TWO);  // [prev, orig, raised, rest]
    for (const ExceptHandler* h : t->handlers) {
      PosGuard g(this, h);
      int next = new_label(), no_match = new_label(), cleanup = new_label();
      expr(h->type);
      emit(Op::CHECK_EG_MATCH);  // [prev, orig, raised, rest, match]
      emit(Op::DUP_TOP);
      load_const(none());
      emit(Op::IS_OP, 0);
      emit_jump(Op::POP_JUMP_IF_TRUE, no_match);
      if (!h->name.empty()) {
        name_op(h->name, Ctx::kStore);
      } else {
        emit(Op::POP_TOP);
      }
      emit_jump(Op::SETUP_FINALLY, cleanup);
      cur().fblocks.push_back(FBlock{FBlockKind::kTryExcept});
      body(h->body);
      cur().fblocks.pop_back();
      emit(Op::POP_BLOCK);
      clear_handler_name(h->name);
      emit_jump(Op::JUMP, next);
      bind(cleanup);  // [prev, orig, raised, rest, match, exc]: exc joins the raised ones
      clear_handler_name(h->name);
      emit(Op::LIST_APPEND, 3);
      emit(Op::POP_EXCEPT);
      emit_jump(Op::JUMP, next);
      bind(no_match);
      emit(Op::POP_TOP);
      bind(next);
    }
    emit(Op::LIST_APPEND, 1);     // [prev, orig, raised + [rest]]
    emit(Op::PREP_RERAISE_STAR);  // [prev, exception to raise or None]
    emit(Op::DUP_TOP);
    load_const(none());
    emit(Op::IS_OP, 0);
    emit_jump(Op::POP_JUMP_IF_FALSE, reraise);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit_jump(Op::JUMP, end);
    bind(reraise);
    emit(Op::RERAISE);
    bind(orelse);
    body(t->orelse);
    bind(end);
  }

  // `except ... as name:` ends with name = None; del name.
  void clear_handler_name(const std::string& name) {
    if (name.empty()) return;
    load_const(none());
    name_op(name, Ctx::kStore);
    name_op(name, Ctx::kDel);
  }

  void import_stmt(const Import* im) {
    for (const Alias* a : im->names) {
      PosGuard g(this, a);
      load_const_int(0);
      load_const(none());
      emit(Op::IMPORT_NAME, name_index(a->name));
      if (!a->asname.empty()) {
        // import a.b.c as d: the innermost module.
        size_t dot = a->name.find('.');
        while (dot != std::string::npos) {
          size_t next = a->name.find('.', dot + 1);
          std::string part = a->name.substr(
              dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
          emit(Op::IMPORT_FROM, name_index(part));
          emit(Op::ROT_TWO);
          emit(Op::POP_TOP);
          dot = next;
        }
        name_op(a->asname, Ctx::kStore);
      } else {
        name_op(a->name.substr(0, a->name.find('.')), Ctx::kStore);
      }
    }
  }

  void import_from(const ImportFrom* im) {
    load_const_int(im->level);
    {
      Ref names = new_tuple(static_cast<int64_t>(im->names.size()));
      for (size_t i = 0; i < im->names.size(); ++i) {
        as_tuple(names.get())->items[i] = new_str(im->names[i]->name).release();
      }
      emit(Op::LOAD_CONST, add_const(std::move(names)));
    }
    emit(Op::IMPORT_NAME, name_index(im->module));
    for (const Alias* a : im->names) {
      if (a->name == "*") {
        emit(Op::IMPORT_STAR);
        return;
      }
      PosGuard g(this, a);
      emit(Op::IMPORT_FROM, name_index(a->name));
      name_op(a->asname.empty() ? a->name : a->asname, Ctx::kStore);
    }
    emit(Op::POP_TOP);
  }

  void load_const_int(int64_t v) {
    emit(Op::LOAD_CONST, add_const_keyed("i" + std::to_string(v), new_int(v)));
  }

  // ---- assignment targets ----------------------------------------------------------------

  void target(const ExprNode* t, Ctx ctx) {
    PosGuard g(this, t);
    switch (t->kind) {
      case ExprKind::Name:
        return name_op(t->as<Name>()->id, ctx);
      case ExprKind::Attribute: {
        auto* a = t->as<Attribute>();
        expr(a->value);
        set_pos(t);
        emit(ctx == Ctx::kDel ? Op::DELETE_ATTR : Op::STORE_ATTR, attr_index(a->attr));
        return;
      }
      case ExprKind::Subscript: {
        auto* s = t->as<Subscript>();
        expr(s->value);
        expr(s->slice);
        set_pos(t);
        emit(ctx == Ctx::kDel ? Op::DELETE_SUBSCR : Op::STORE_SUBSCR);
        return;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const Exprs& elts =
            t->is<ast::Tuple>() ? t->as<ast::Tuple>()->elts : t->as<ast::List>()->elts;
        if (ctx == Ctx::kDel) {
          for (const ExprNode* e : elts) target(e, ctx);
          return;
        }
        unpack(elts, t);
        for (const ExprNode* e : elts) target(e->is<Starred>() ? e->as<Starred>()->value : e, ctx);
        return;
      }
      case ExprKind::Starred:
        return error("starred assignment target must be in a list or tuple", t);
      default:
        return error("cannot assign to expression", t);
    }
  }

  void unpack(const Exprs& elts, const Located* at) {
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i) {
      if (elts[i]->is<Starred>()) {
        if (star != elts.size()) return error("multiple starred expressions in assignment", at);
        star = i;
      }
    }
    if (star == elts.size()) {
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
    } else {
      uint32_t before = static_cast<uint32_t>(star);
      uint32_t after = static_cast<uint32_t>(elts.size() - star - 1);
      emit(Op::UNPACK_EX, before | (after << 8));
    }
  }

  // ---- expressions -------------------------------------------------------------------------

  void exprs(const Exprs& es) {
    for (const ExprNode* e : es) expr(e);
  }

  void expr(const ExprNode* e) {
    if (failed_) return;
    PosGuard g(this, e);
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = e->as<BoolOp>();
        int end = new_label();
        for (size_t i = 0; i < b->values.size(); ++i) {
          expr(b->values[i]);
          if (i + 1 < b->values.size()) {
            emit_jump(b->op == Boolop::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP,
                      end);
          }
        }
        bind(end);
        return;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        expr(n->value);
        emit(Op::DUP_TOP);
        name_op(n->target->as<Name>()->id, Ctx::kStore);
        return;
      }
      case ExprKind::BinOp: {
        auto* b = e->as<ast::BinOp>();
        expr(b->left);
        expr(b->right);
        set_pos(e);
        emit(Op::BINARY_OP, static_cast<uint32_t>(b->op));
        return;
      }
      case ExprKind::UnaryOp: {
        auto* u = e->as<UnaryOp>();
        expr(u->operand);
        set_pos(e);
        switch (u->op) {
          case Unaryop::Not:
            emit(Op::UNARY_NOT);
            return;
          case Unaryop::Invert:
            emit(Op::UNARY_OP, static_cast<uint32_t>(UnOp::Invert));
            return;
          case Unaryop::UAdd:
            emit(Op::UNARY_OP, static_cast<uint32_t>(UnOp::Pos));
            return;
          case Unaryop::USub:
            emit(Op::UNARY_OP, static_cast<uint32_t>(UnOp::Neg));
            return;
        }
        return;
      }
      case ExprKind::Lambda:
        return lambda(e->as<Lambda>());
      case ExprKind::IfExp: {
        auto* i = e->as<IfExp>();
        int orelse = new_label(), end = new_label();
        expr(i->test);
        emit_jump(Op::POP_JUMP_IF_FALSE, orelse);
        expr(i->body);
        emit_jump(Op::JUMP, end);
        bind(orelse);
        expr(i->orelse);
        bind(end);
        return;
      }
      case ExprKind::Dict:
        return dict_display(e->as<ast::Dict>());
      case ExprKind::Set:
        return sequence_display(e->as<ast::Set>()->elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE,
                                false);
      case ExprKind::List:
        return sequence_display(e->as<ast::List>()->elts, Op::BUILD_LIST, Op::LIST_APPEND,
                                Op::LIST_EXTEND, false);
      case ExprKind::Tuple:
        return sequence_display(e->as<ast::Tuple>()->elts, Op::BUILD_TUPLE, Op::LIST_APPEND,
                                Op::LIST_EXTEND, true);
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp:
        return comprehension(e);
      case ExprKind::Await: {
        if (!cur().scope->is_coroutine) {
          // Top-level await is a SyntaxError outside async functions (the validator says so first).
          return error("'await' outside async function", e);
        }
        expr(e->as<Await>()->value);
        set_pos(e);
        await_tos(0);
        return;
      }
      case ExprKind::Yield: {
        if (!cur().scope->is_function()) return error("'yield' outside function", e);
        if (auto* v = e->as<Yield>()->value) {
          expr(v);
        } else {
          load_const(none());
        }
        emit(Op::YIELD_VALUE, cur().scope->is_coroutine ? 1 : 0);
        return;
      }
      case ExprKind::YieldFrom: {
        if (!cur().scope->is_function()) return error("'yield' outside function", e);
        if (cur().scope->is_coroutine) return error("'yield from' inside async function", e);
        expr(e->as<YieldFrom>()->value);
        emit(Op::GET_YIELD_FROM_ITER);
        load_const(none());
        send_loop();
        return;
      }
      case ExprKind::Compare:
        return compare(e->as<Compare>());
      case ExprKind::Call:
        return call(e->as<Call>());
      case ExprKind::FormattedValue:
        return formatted_value(e->as<FormattedValue>());
      case ExprKind::JoinedStr: {
        auto* j = e->as<JoinedStr>();
        if (j->values.size() == 1 && j->values[0]->is<Constant>()) return expr(j->values[0]);
        exprs(j->values);
        emit(Op::BUILD_STRING, static_cast<uint32_t>(j->values.size()));
        return;
      }
      case ExprKind::Constant:
        return constant(e->as<Constant>());
      case ExprKind::Attribute: {
        auto* a = e->as<Attribute>();
        expr(a->value);
        set_pos(e);
        emit(Op::LOAD_ATTR, attr_index(a->attr));
        return;
      }
      case ExprKind::Subscript: {
        auto* s = e->as<Subscript>();
        expr(s->value);
        expr(s->slice);
        set_pos(e);
        emit(Op::BINARY_SUBSCR);
        return;
      }
      case ExprKind::Starred:
        return error("can't use starred expression here", e);
      case ExprKind::Name:
        return name_op(e->as<Name>()->id, Ctx::kLoad);
      case ExprKind::Slice: {
        auto* s = e->as<ast::Slice>();
        if (s->lower)
          expr(s->lower);
        else
          load_const(none());
        if (s->upper)
          expr(s->upper);
        else
          load_const(none());
        uint32_t n = 2;
        if (s->step) {
          expr(s->step);
          n = 3;
        }
        emit(Op::BUILD_SLICE, n);
        return;
      }
    }
  }

  // GET_AWAITABLE + the yield-from loop; `where` says what is awaited (for error messages).
  void await_tos(uint32_t where) {
    emit(Op::GET_AWAITABLE, where);
    load_const(none());
    send_loop();
  }

  // [receiver, value] -> [result]: delegates to the receiver until it returns.
  void send_loop() {
    int loop = new_label(), exit = new_label();
    bind(loop);
    emit_jump(Op::SEND, exit);
    emit(Op::YIELD_VALUE);
    emit_jump(Op::JUMP, loop);
    bind(exit);
  }

  void constant(const Constant* c) {
    switch (c->value_kind) {
      case ConstantKind::None:
        return load_const(none());
      case ConstantKind::True:
        return load_const(bool_value(true));
      case ConstantKind::False:
        return load_const(bool_value(false));
      case ConstantKind::Ellipsis:
        return load_const(Value(&g_ellipsis));
      case ConstantKind::Int: {
        Ref v = new_int_from_literal(c->text);
        if (!v) {
          clear_error();  // the SyntaxError below replaces it
          return error("invalid int literal", c);
        }
        emit(Op::LOAD_CONST, add_const_keyed("i" + c->text, std::move(v)));
        return;
      }
      case ConstantKind::Float:
        emit(Op::LOAD_CONST, add_const(new_float(c->number)));
        return;
      case ConstantKind::Str:
        return load_str(c->text);
      case ConstantKind::Complex:
        return error("complex numbers are not supported", c);
      case ConstantKind::Bytes:
        return error("bytes literals are not supported yet", c);
    }
  }

  // The value of a constant expression usable in a frozenset constant, or null.
  Ref constant_value(const ExprNode* e) {
    const Constant* c = e->dyn<Constant>();
    if (!c) return nullptr;
    switch (c->value_kind) {
      case ConstantKind::None:
        return new_none();
      case ConstantKind::True:
        return new_bool(true);
      case ConstantKind::False:
        return new_bool(false);
      case ConstantKind::Int:
        return new_int_from_literal(c->text);
      case ConstantKind::Float:
        return new_float(c->number);
      case ConstantKind::Str:
        return new_str(c->text);
      default:
        return nullptr;
    }
  }

  void sequence_display(const Exprs& elts, Op build, Op add, Op extend, bool is_tuple) {
    // CPython 3.11 builds a set display of 3+ constants from a frozenset constant; the
    // iteration order of the result depends on that, so do the same.
    if (build == Op::BUILD_SET && elts.size() >= 3) {
      std::vector<Ref> values;
      for (const ExprNode* e : elts) {
        Ref v = constant_value(e);
        if (!v) break;
        values.push_back(std::move(v));
      }
      if (values.size() == elts.size()) {
        std::vector<Value> raw;
        for (const Ref& v : values) raw.push_back(v.get());
        Ref fs = new_frozenset_constant(raw.data(), static_cast<int64_t>(raw.size()));
        if (fs) {
          emit(Op::BUILD_SET, 0);
          emit(Op::LOAD_CONST, add_const(std::move(fs)));
          emit(Op::SET_UPDATE, 1);
          return;
        }
        clear_error();
      }
    }
    bool has_star =
        std::any_of(elts.begin(), elts.end(), [](const ExprNode* e) { return e->is<Starred>(); });
    if (!has_star) {
      exprs(elts);
      emit(build, static_cast<uint32_t>(elts.size()));
      return;
    }
    emit(is_tuple ? Op::BUILD_LIST : build, 0);
    for (const ExprNode* e : elts) {
      if (auto* s = e->dyn<Starred>()) {
        expr(s->value);
        emit(extend, 1);
      } else {
        expr(e);
        emit(add, 1);
      }
    }
    if (is_tuple) emit(Op::LIST_TO_TUPLE);
  }

  void dict_display(const ast::Dict* d) {
    bool has_unpack =
        std::any_of(d->keys.begin(), d->keys.end(), [](const ExprNode* k) { return !k; });
    if (!has_unpack) {
      for (size_t i = 0; i < d->keys.size(); ++i) {
        expr(d->keys[i]);
        expr(d->values[i]);
      }
      emit(Op::BUILD_MAP, static_cast<uint32_t>(d->keys.size()));
      return;
    }
    emit(Op::BUILD_MAP, 0);
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (!d->keys[i]) {
        expr(d->values[i]);
        emit(Op::DICT_UPDATE, 1);
      } else {
        expr(d->keys[i]);
        expr(d->values[i]);
        emit(Op::MAP_ADD, 1);
      }
    }
  }

  void compare(const Compare* c) {
    expr(c->left);
    auto emit_cmp = [&](Cmpop op) {
      switch (op) {
        case Cmpop::Eq:
          emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
          return;
        case Cmpop::NotEq:
          emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ne));
          return;
        case Cmpop::Lt:
          emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Lt));
          return;
        case Cmpop::LtE:
          emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Le));
          return;
        case Cmpop::Gt:
          emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Gt));
          return;
        case Cmpop::GtE:
          emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge));
          return;
        case Cmpop::Is:
          emit(Op::IS_OP, 0);
          return;
        case Cmpop::IsNot:
          emit(Op::IS_OP, 1);
          return;
        case Cmpop::In:
          emit(Op::CONTAINS_OP, 0);
          return;
        case Cmpop::NotIn:
          emit(Op::CONTAINS_OP, 1);
          return;
      }
    };
    if (c->ops.size() == 1) {
      expr(c->comparators[0]);
      set_pos(c);
      emit_cmp(c->ops[0]);
      return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < c->ops.size(); ++i) {
      expr(c->comparators[i]);
      emit(Op::DUP_TOP);
      emit(Op::ROT_THREE);
      set_pos(c);
      emit_cmp(c->ops[i]);
      emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c->comparators.back());
    set_pos(c);
    emit_cmp(c->ops.back());
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    emit(Op::ROT_TWO);
    emit(Op::POP_TOP);
    bind(end);
  }

  void call(const Call* c) {
    // obj.method(...) without starred arguments: LOAD_METHOD avoids a bound-method object.
    const bool simple = std::none_of(c->args.begin(), c->args.end(),
                                     [](const ExprNode* a) { return a->is<Starred>(); }) &&
                        std::none_of(c->keywords.begin(), c->keywords.end(),
                                     [](const Keyword* k) { return k->arg.empty(); });
    if (auto* a = c->func->dyn<Attribute>(); a && simple) {
      expr(a->value);
      {
        PosGuard g(this, a);
        emit(Op::LOAD_METHOD, attr_index(a->attr));
      }
      call_args(c->args, c->keywords, 0, true, c);
      return;
    }
    expr(c->func);
    call_args(c->args, c->keywords, 0, false, c);
  }

  // Pushes the arguments and emits the call; `extra` positional values are already pushed.
  void call_args(const Exprs& args, const Seq<Keyword>& keywords, uint32_t extra, bool method,
                 const Located* at = nullptr) {
    const bool has_star =
        std::any_of(args.begin(), args.end(), [](const ExprNode* a) { return a->is<Starred>(); });
    const bool has_kwstar = std::any_of(keywords.begin(), keywords.end(),
                                        [](const Keyword* k) { return k->arg.empty(); });
    if (!has_star && !has_kwstar) {
      exprs(args);
      for (const Keyword* k : keywords) expr(k->value);
      if (at) set_pos(at);
      uint32_t n = extra + static_cast<uint32_t>(args.size() + keywords.size());
      if (method) n |= kCallMethodFlag;
      if (keywords.empty()) {
        emit(Op::CALL, n);
      } else {
        Ref names = new_tuple(static_cast<int64_t>(keywords.size()));
        for (size_t i = 0; i < keywords.size(); ++i) {
          Str* s = intern(keywords[i]->arg);
          incref(Value(s));
          as_tuple(names.get())->items[i] = Value(s);
        }
        emit(Op::LOAD_CONST, add_const(std::move(names)));
        emit(Op::CALL_KW, n);
      }
      return;
    }
    // General case: a tuple of positional values and a dict of keywords.
    emit(Op::BUILD_LIST, extra);
    for (const ExprNode* a : args) {
      if (auto* s = a->dyn<Starred>()) {
        expr(s->value);
        emit(Op::LIST_EXTEND, 1 | kListExtendInCall);
      } else {
        expr(a);
        emit(Op::LIST_APPEND, 1);
      }
    }
    emit(Op::LIST_TO_TUPLE);
    uint32_t flags = 0;
    if (!keywords.empty()) {
      emit(Op::BUILD_MAP, 0);
      for (const Keyword* k : keywords) {
        if (k->arg.empty()) {
          expr(k->value);
          emit(Op::DICT_MERGE, 1);
        } else {
          // Merged like **{k: v}, so that a duplicate of an earlier ** key is an error.
          load_str(k->arg);
          expr(k->value);
          emit(Op::BUILD_MAP, 1);
          emit(Op::DICT_MERGE, 1);
        }
      }
      flags = 1;
    }
    if (at) set_pos(at);
    emit(Op::CALL_FUNCTION_EX, flags);
  }

  void formatted_value(const FormattedValue* f) {
    expr(f->value);
    uint32_t flags = kFmtConvNone;
    switch (f->conversion) {
      case 's':
        flags = kFmtConvStr;
        break;
      case 'r':
        flags = kFmtConvRepr;
        break;
      case 'a':
        flags = kFmtConvAscii;
        break;
      default:
        break;
    }
    if (f->format_spec) {
      expr(f->format_spec);
      flags |= kFmtHasSpec;
    }
    emit(Op::FORMAT_VALUE, flags);
  }

  void lambda(const Lambda* l) {
    Scope* sc = child_scope(l);
    uint32_t flags = function_prelude(l->args);
    enter(sc, "<lambda>", qualname_for("<lambda>"), l->lineno);
    set_code_flags(code(), sc, l->args);
    add_const(new_none());  // no docstring
    expr(l->body);
    if (!sc->is_generator)
      emit(Op::RETURN_VALUE);
    else {
      emit(Op::POP_TOP);
      load_const(none());
      emit(Op::RETURN_VALUE);
    }
    Ref co = leave();
    if (failed_) return;
    flags |= closure_for(sc);
    emit(Op::LOAD_CONST, add_const(std::move(co)));
    emit(Op::MAKE_FUNCTION, flags);
  }

  void comprehension(const ExprNode* e) {
    const Seq<Comprehension>* gens = nullptr;
    const char* name = "";
    Op build = Op::NOP;
    switch (e->kind) {
      case ExprKind::ListComp:
        gens = &e->as<ListComp>()->generators;
        name = "<listcomp>";
        build = Op::BUILD_LIST;
        break;
      case ExprKind::SetComp:
        gens = &e->as<SetComp>()->generators;
        name = "<setcomp>";
        build = Op::BUILD_SET;
        break;
      case ExprKind::DictComp:
        gens = &e->as<DictComp>()->generators;
        name = "<dictcomp>";
        build = Op::BUILD_MAP;
        break;
      default:
        gens = &e->as<GeneratorExp>()->generators;
        name = "<genexpr>";
        break;
    }
    Scope* sc = child_scope(e);
    enter(sc, name, qualname_for(name), e->lineno);
    set_code_flags(code(), sc, nullptr);
    code()->argcount = 1;
    add_const(new_none());
    const bool is_gen = e->is<GeneratorExp>();
    if (!is_gen) emit(build, 0);
    comprehension_level(e, *gens, 0, is_gen ? 0 : 1);
    if (!is_gen) {
      emit(Op::RETURN_VALUE);
    } else {
      load_const(none());
      emit(Op::RETURN_VALUE);
    }
    Ref co = leave();
    if (failed_) return;
    uint32_t flags = closure_for(sc);
    emit(Op::LOAD_CONST, add_const(std::move(co)));
    emit(Op::MAKE_FUNCTION, flags);
    const Comprehension* first = (*gens)[0];
    expr(first->iter);
    emit(first->is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 1);
    if (sc->is_coroutine && !is_gen) await_tos(0);
  }

  // Emits the loop of generator `k`; `depth` is how many values (the result collection) lie
  // below the iterators.
  void comprehension_level(const ExprNode* e, const Seq<Comprehension>& gens, size_t k,
                           uint32_t depth) {
    const Comprehension* g = gens[k];
    int start = new_label(), cleanup = new_label(), skip = new_label();
    if (k == 0) {
      emit(Op::LOAD_FAST, 0);  // .0, the iterator made by the caller
    } else {
      expr(g->iter);
      emit(g->is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    bind(start);
    int except = -1;
    if (g->is_async) {
      except = new_label();
      emit_jump(Op::SETUP_FINALLY, except);
      emit(Op::GET_ANEXT);
      load_const(none());
      send_loop();
      emit(Op::POP_BLOCK);
    } else {
      emit_jump(Op::FOR_ITER, cleanup);
    }
    target(g->target, Ctx::kStore);
    for (const ExprNode* cond : g->ifs) {
      expr(cond);
      emit_jump(Op::POP_JUMP_IF_FALSE, skip);
    }
    if (k + 1 < gens.size()) {
      comprehension_level(e, gens, k + 1, depth + 1);
    } else {
      const uint32_t at = depth + 1;  // the result lies below one iterator per generator
      switch (e->kind) {
        case ExprKind::ListComp:
          expr(e->as<ListComp>()->elt);
          emit(Op::LIST_APPEND, at);
          break;
        case ExprKind::SetComp:
          expr(e->as<SetComp>()->elt);
          emit(Op::SET_ADD, at);
          break;
        case ExprKind::DictComp:
          expr(e->as<DictComp>()->key);
          expr(e->as<DictComp>()->value);
          emit(Op::MAP_ADD, at);
          break;
        default:
          expr(e->as<GeneratorExp>()->elt);
          emit(Op::YIELD_VALUE, cur().scope->is_coroutine ? 1 : 0);
          emit(Op::POP_TOP);
          break;
      }
    }
    bind(skip);
    emit_jump(Op::JUMP, start);
    if (g->is_async) {
      bind(except);
      emit(Op::END_ASYNC_FOR);
    } else {
      bind(cleanup);
    }
  }

  // ---- stack depth -------------------------------------------------------------------------

  // Net stack effect of an instruction, for the fall-through edge (jump: for the jump edge).
  static int stack_effect(Instr ins, bool jump) {
    const uint32_t arg = instr_arg(ins);
    switch (instr_op(ins)) {
#define ASYNCPLAY_OP_EFFECT(name, effect, meaning) \
  case Op::name:                                   \
    if (effect != var) return effect;              \
    break;
      ASYNCPLAY_OPCODES(ASYNCPLAY_OP_EFFECT)
#undef ASYNCPLAY_OP_EFFECT
      default:
        break;
    }
    const uint32_t n = arg & ~kCallMethodFlag;
    const int method = (arg & kCallMethodFlag) ? 1 : 0;
    switch (instr_op(ins)) {
      case Op::JUMP_IF_FALSE_OR_POP:
      case Op::JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
      case Op::FOR_ITER:
        return jump ? -1 : 1;
      case Op::BUILD_TUPLE:
      case Op::BUILD_LIST:
      case Op::BUILD_SET:
      case Op::BUILD_STRING:
        return 1 - static_cast<int>(arg);
      case Op::BUILD_MAP:
        return 1 - 2 * static_cast<int>(arg);
      case Op::BUILD_SLICE:
        return 1 - static_cast<int>(arg);
      case Op::UNPACK_SEQUENCE:
        return static_cast<int>(arg) - 1;
      case Op::UNPACK_EX:
        return static_cast<int>((arg & 0xff) + (arg >> 8));
      case Op::FORMAT_VALUE:
        return (arg & kFmtHasSpec) ? -1 : 0;
      case Op::CALL:
        return -static_cast<int>(n) - method;
      case Op::CALL_KW:
        return -static_cast<int>(n) - 1 - method;
      case Op::CALL_FUNCTION_EX:
        return -1 - static_cast<int>(arg & 1);
      case Op::MAKE_FUNCTION: {
        int k = 0;
        for (uint32_t f : {kFnDefaults, kFnKwDefaults, kFnAnnotations, kFnClosure})
          k += (arg & f) ? 1 : 0;
        return -k;
      }
      case Op::RAISE_VARARGS:
        return -static_cast<int>(arg);
      case Op::SEND:
        return jump ? -1 : 0;
      default:
        return 0;
    }
  }

  static bool is_jump(Op op) {
    switch (op) {
      case Op::JUMP:
      case Op::POP_JUMP_IF_FALSE:
      case Op::POP_JUMP_IF_TRUE:
      case Op::JUMP_IF_FALSE_OR_POP:
      case Op::JUMP_IF_TRUE_OR_POP:
      case Op::FOR_ITER:
      case Op::JUMP_IF_NOT_EXC_MATCH:
      case Op::SEND:
      case Op::SETUP_FINALLY:
        return true;
      default:
        return false;
    }
  }

  static int compute_stack_depth(const Code& co) {
    const size_t n = co.code.size();
    std::vector<int> depth(n, -1);
    std::vector<std::pair<size_t, int>> work{{0, 0}};
    int max_depth = 0;
    while (!work.empty()) {
      auto [ip, d] = work.back();
      work.pop_back();
      while (ip < n) {
        if (depth[ip] >= d) break;
        depth[ip] = d;
        const Instr ins = co.code[ip];
        const Op op = instr_op(ins);
        if (op == Op::SETUP_FINALLY) {
          // The handler starts with two more values: the saved and the raised exception.
          work.emplace_back(instr_arg(ins), d + 2);
          max_depth = std::max(max_depth, d + 2);
          ++ip;
          continue;
        }
        if (is_jump(op)) {
          int jd = d + stack_effect(ins, true);
          max_depth = std::max(max_depth, jd);
          work.emplace_back(instr_arg(ins), jd);
        }
        d += stack_effect(ins, false);
        max_depth = std::max(max_depth, d);
        if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE ||
            op == Op::RAISE_VARARGS) {
          break;
        }
        ++ip;
      }
    }
    return max_depth + 2;
  }

  std::string filename_;
  CompileError* error_;
  std::unique_ptr<Scope> top_;
  std::vector<std::unique_ptr<Unit>> units_;
  bool failed_ = false;
};

}  // namespace

Ref compile_module(const ast::Module& module, const std::string& filename, CompileError* error) {
  return Compiler(filename, error).compile(module);
}

}  // namespace asyncplay::lang
