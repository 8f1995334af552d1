#include "core/lang/symtable.h"

#include <algorithm>
#include <set>

namespace asyncplay::lang {

using namespace ast;  // the node types

NameAccess Scope::lookup(const std::string& name) const {
  auto it = access.find(name);
  if (it != access.end()) return it->second;
  if (is_function()) return NameAccess::kGlobalImplicit;
  return NameAccess::kName;
}

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos) {
    return name;
  }
  const size_t start = private_name.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + private_name.substr(start) + name;
}

namespace {

class Builder {
 public:
  explicit Builder(SymtableError* error) : error_(error) {}

  bool build(const Module& m, std::unique_ptr<Scope>* out) {
    auto root = std::make_unique<Scope>();
    root->kind = ScopeKind::kModule;
    root->name = "top";
    cur_ = root.get();
    visit_body(m.body);
    if (failed_) return false;
    std::set<std::string> none;
    if (!analyze(root.get(), none)) return false;
    *out = std::move(root);
    return true;
  }

 private:
  // ---- the walk ----------------------------------------------------------------------------

  std::string mangled(const std::string& name) const { return mangle(cur_->private_name, name); }

  void note(const std::string& raw_name, unsigned flag, const Located* at = nullptr) {
    const std::string name = mangled(raw_name);
    auto [it, fresh] = cur_->flags.emplace(name, 0u);
    if (fresh) cur_->order.push_back(name);
    it->second |= flag;
    (void)at;
  }

  void declare(const std::string& raw_name, unsigned which, const StmtNode* s) {
    const std::string name = mangled(raw_name);
    auto it = cur_->flags.find(name);
    const char* kind = which == Scope::kGlobal ? "global" : "nonlocal";
    if (it != cur_->flags.end()) {
      unsigned f = it->second;
      std::string what;
      if (f & Scope::kParam) {
        what = "name '" + name + "' is parameter and " + kind;
      } else if (f & Scope::kAssigned) {
        what = "name '" + name + "' is assigned to before " + kind + " declaration";
      } else if (f & Scope::kUsed) {
        what = "name '" + name + "' is used prior to " + kind + " declaration";
      } else if (f & Scope::kAnnotated) {
        what = "annotated name '" + name + "' can't be " + kind;
      }
      if ((which == Scope::kGlobal && (f & Scope::kNonlocal)) ||
          (which == Scope::kNonlocal && (f & Scope::kGlobal))) {
        what = "name '" + name + "' is nonlocal and global";
      }
      if (!what.empty()) return fail(what, s);
    }
    if (which == Scope::kNonlocal && cur_->kind == ScopeKind::kModule) {
      return fail("nonlocal declaration not allowed at module level", s);
    }
    note(raw_name, which);
    cur_->declared_at.emplace(name, s);
  }

  void fail(const std::string& msg, const Located* at) {
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

  Scope* push(ScopeKind kind, std::string name, const Node* node) {
    auto child = std::make_unique<Scope>();
    child->kind = kind;
    child->name = std::move(name);
    child->parent = cur_;
    child->node = node;
    child->private_name = kind == ScopeKind::kClass ? child->name : cur_->private_name;
    Scope* raw = child.get();
    cur_->children.push_back(std::move(child));
    cur_ = raw;
    return raw;
  }
  void pop() { cur_ = cur_->parent; }

  void visit_body(const Body& body) {
    for (const StmtNode* s : body) visit_stmt(s);
  }
  void visit_exprs(const Exprs& es) {
    for (const ExprNode* e : es) visit_expr(e);
  }

  void visit_args_outside(const Arguments* a) {
    visit_exprs(a->defaults);
    for (const ExprNode* d : a->kw_defaults) {
      if (d) visit_expr(d);
    }
    auto ann = [&](const Arg* arg) {
      if (arg && arg->annotation) visit_expr(arg->annotation);
    };
    for (const Arg* x : a->posonlyargs) ann(x);
    for (const Arg* x : a->args) ann(x);
    ann(a->vararg);
    for (const Arg* x : a->kwonlyargs) ann(x);
    ann(a->kwarg);
  }

  void add_params(const Arguments* a) {
    auto param = [&](const Arg* arg) {
      if (!arg) return;
      note(arg->arg, Scope::kParam);
      cur_->params.push_back(mangled(arg->arg));
    };
    for (const Arg* x : a->posonlyargs) param(x);
    for (const Arg* x : a->args) param(x);
    for (const Arg* x : a->kwonlyargs) param(x);
    if (a->vararg) {
      param(a->vararg);
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      param(a->kwarg);
      cur_->has_varkw = true;
    }
  }

  template <class Def>
  void visit_def(const Def* d, bool is_async) {
    note(d->name, Scope::kAssigned);
    visit_exprs(d->decorator_list);
    visit_args_outside(d->args);
    if (d->returns) visit_expr(d->returns);
    push(ScopeKind::kFunction, d->name, d)->is_coroutine = is_async;
    add_params(d->args);
    visit_body(d->body);
    pop();
  }

  void visit_stmt(const StmtNode* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
        return visit_def(s->as<FunctionDef>(), false);
      case StmtKind::AsyncFunctionDef:
        return visit_def(s->as<AsyncFunctionDef>(), true);
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDef>();
        note(c->name, Scope::kAssigned);
        visit_exprs(c->bases);
        for (const Keyword* k : c->keywords) visit_expr(k->value);
        visit_exprs(c->decorator_list);
        push(ScopeKind::kClass, c->name, c);
        visit_body(c->body);
        pop();
        return;
      }
      case StmtKind::Return:
        if (auto* v = s->as<Return>()->value) visit_expr(v);
        return;
      case StmtKind::Delete:
        return visit_exprs(s->as<Delete>()->targets);
      case StmtKind::Assign: {
        auto* a = s->as<Assign>();
        visit_expr(a->value);
        return visit_exprs(a->targets);
      }
      case StmtKind::AugAssign: {
        auto* a = s->as<AugAssign>();
        visit_expr(a->value);
        if (auto* n = a->target->dyn<Name>())
          note(n->id, Scope::kUsed | Scope::kAssigned);
        else
          visit_expr(a->target);
        return;
      }
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (auto* n = a->target->dyn<Name>()) {
          auto it = cur_->flags.find(mangled(n->id));
          if (it != cur_->flags.end() && (it->second & (Scope::kGlobal | Scope::kNonlocal)) &&
              a->simple) {
            const char* kind = (it->second & Scope::kGlobal) ? "global" : "nonlocal";
            return fail("annotated name '" + n->id + "' can't be " + kind, s);
          }
          note(n->id, (a->value ? Scope::kAssigned : 0u) | Scope::kAnnotated);
        } else {
          visit_expr(a->target);
        }
        if (!cur_->is_function()) visit_expr(a->annotation);
        if (a->value) visit_expr(a->value);
        return;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        const ExprNode* target =
            s->kind == StmtKind::For ? s->as<For>()->target : s->as<AsyncFor>()->target;
        const ExprNode* iter =
            s->kind == StmtKind::For ? s->as<For>()->iter : s->as<AsyncFor>()->iter;
        visit_expr(iter);
        visit_expr(target);
        if (s->kind == StmtKind::For) {
          visit_body(s->as<For>()->body);
          visit_body(s->as<For>()->orelse);
        } else {
          visit_body(s->as<AsyncFor>()->body);
          visit_body(s->as<AsyncFor>()->orelse);
        }
        return;
      }
      case StmtKind::While: {
        auto* w = s->as<While>();
        visit_expr(w->test);
        visit_body(w->body);
        return visit_body(w->orelse);
      }
      case StmtKind::If: {
        auto* i = s->as<If>();
        visit_expr(i->test);
        visit_body(i->body);
        return visit_body(i->orelse);
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        const auto& items =
            s->kind == StmtKind::With ? s->as<With>()->items : s->as<AsyncWith>()->items;
        for (const WithItem* it : items) {
          visit_expr(it->context_expr);
          if (it->optional_vars) visit_expr(it->optional_vars);
        }
        return visit_body(s->kind == StmtKind::With ? s->as<With>()->body
                                                    : s->as<AsyncWith>()->body);
      }
      case StmtKind::Match: {
        auto* m = s->as<Match>();
        visit_expr(m->subject);
        for (const MatchCase* c : m->cases) {
          visit_pattern(c->pattern);
          if (c->guard) visit_expr(c->guard);
          visit_body(c->body);
        }
        return;
      }
      case StmtKind::Raise: {
        auto* r = s->as<Raise>();
        if (r->exc) visit_expr(r->exc);
        if (r->cause) visit_expr(r->cause);
        return;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        const Try* t = s->kind == StmtKind::Try ? s->as<Try>() : nullptr;
        const TryStar* ts = t ? nullptr : s->as<TryStar>();
        visit_body(t ? t->body : ts->body);
        for (const ExceptHandler* h : (t ? t->handlers : ts->handlers)) {
          if (h->type) visit_expr(h->type);
          if (!h->name.empty()) note(h->name, Scope::kAssigned);
          visit_body(h->body);
        }
        visit_body(t ? t->orelse : ts->orelse);
        return visit_body(t ? t->finalbody : ts->finalbody);
      }
      case StmtKind::Assert: {
        auto* a = s->as<Assert>();
        visit_expr(a->test);
        if (a->msg) visit_expr(a->msg);
        return;
      }
      case StmtKind::Import:
        for (const Alias* a : s->as<Import>()->names) {
          std::string bound = !a->asname.empty() ? a->asname : a->name.substr(0, a->name.find('.'));
          note(bound, Scope::kAssigned | Scope::kImported);
        }
        return;
      case StmtKind::ImportFrom:
        for (const Alias* a : s->as<ImportFrom>()->names) {
          if (a->name == "*") {
            if (cur_->kind != ScopeKind::kModule)
              return fail("import * only allowed at module level", s);
            continue;
          }
          note(!a->asname.empty() ? a->asname : a->name, Scope::kAssigned | Scope::kImported);
        }
        return;
      case StmtKind::Global:
        for (const std::string& n : s->as<Global>()->names) declare(n, Scope::kGlobal, s);
        return;
      case StmtKind::Nonlocal:
        for (const std::string& n : s->as<Nonlocal>()->names) declare(n, Scope::kNonlocal, s);
        return;
      case StmtKind::Expr:
        return visit_expr(s->as<Expr>()->value);
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        return;
    }
  }

  void visit_pattern(const PatternNode* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        return visit_expr(p->as<MatchValue>()->value);
      case PatternKind::MatchSingleton:
        return;
      case PatternKind::MatchSequence:
        for (auto* q : p->as<MatchSequence>()->patterns) visit_pattern(q);
        return;
      case PatternKind::MatchMapping: {
        auto* m = p->as<MatchMapping>();
        visit_exprs(m->keys);
        for (auto* q : m->patterns) visit_pattern(q);
        if (!m->rest.empty()) note(m->rest, Scope::kAssigned);
        return;
      }
      case PatternKind::MatchClass: {
        auto* c = p->as<MatchClass>();
        visit_expr(c->cls);
        for (auto* q : c->patterns) visit_pattern(q);
        for (auto* q : c->kwd_patterns) visit_pattern(q);
        return;
      }
      case PatternKind::MatchStar:
        if (!p->as<MatchStar>()->name.empty()) note(p->as<MatchStar>()->name, Scope::kAssigned);
        return;
      case PatternKind::MatchAs: {
        auto* a = p->as<MatchAs>();
        if (a->pattern) visit_pattern(a->pattern);
        if (!a->name.empty()) note(a->name, Scope::kAssigned);
        return;
      }
      case PatternKind::MatchOr:
        for (auto* q : p->as<MatchOr>()->patterns) visit_pattern(q);
        return;
    }
  }

  void visit_comprehension(const ExprNode* e, const Seq<Comprehension>& gens, const ExprNode* elt,
                           const ExprNode* value, const char* name) {
    visit_expr(gens[0]->iter);  // evaluated in the enclosing scope
    Scope* sc = push(ScopeKind::kComprehension, name, e);
    sc->is_generator = e->kind == ExprKind::GeneratorExp;
    note(".0", Scope::kParam);
    sc->params.push_back(".0");
    for (size_t i = 0; i < gens.size(); ++i) {
      in_comp_target_ = true;
      visit_expr(gens[i]->target);
      in_comp_target_ = false;
      if (i > 0) visit_expr(gens[i]->iter);
      for (const ExprNode* c : gens[i]->ifs) visit_expr(c);
      if (gens[i]->is_async) sc->is_coroutine = true;
    }
    if (elt) visit_expr(elt);
    if (value) visit_expr(value);
    pop();
  }

  void visit_expr(const ExprNode* e) {
    switch (e->kind) {
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        if (n->ctx == ExprContext::Load) {
          note(n->id, Scope::kUsed);
          if (n->id == "super" && cur_->is_function()) cur_->uses_super = true;
          if (n->id == "__class__" && cur_->is_function()) cur_->uses_super = true;
        } else {
          note(n->id, Scope::kAssigned);
        }
        return;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        visit_expr(n->value);
        const std::string& id = n->target->as<Name>()->id;
        // Bind in the nearest enclosing scope that is not a comprehension.
        Scope* saved = cur_;
        if (cur_->kind == ScopeKind::kComprehension) {
          if (cur_->flags.count(mangled(id)) && (cur_->flags[mangled(id)] & Scope::kAssigned)) {
            return fail(
                "assignment expression cannot rebind comprehension iteration variable '" + id + "'",
                e);
          }
          while (cur_->kind == ScopeKind::kComprehension) cur_ = cur_->parent;
          if (cur_->kind == ScopeKind::kClass) {
            cur_ = saved;
            return fail(
                "assignment expression within a comprehension cannot be used in a class body", e);
          }
          note(id, Scope::kAssigned);
          cur_ = saved;
          // Inside the comprehension the name is a free variable of the enclosing scope (or a
          // global at module level).
          for (Scope* s = cur_; s->kind == ScopeKind::kComprehension; s = s->parent) {
            if (s->parent->kind == ScopeKind::kModule) {
              s->flags[id] |= Scope::kGlobal;
              if (std::find(s->order.begin(), s->order.end(), id) == s->order.end())
                s->order.push_back(id);
            } else {
              s->flags[id] |= Scope::kNonlocal;
              if (std::find(s->order.begin(), s->order.end(), id) == s->order.end())
                s->order.push_back(id);
            }
          }
        } else {
          note(id, Scope::kAssigned);
        }
        return;
      }
      case ExprKind::BoolOp:
        return visit_exprs(e->as<BoolOp>()->values);
      case ExprKind::BinOp:
        visit_expr(e->as<BinOp>()->left);
        return visit_expr(e->as<BinOp>()->right);
      case ExprKind::UnaryOp:
        return visit_expr(e->as<UnaryOp>()->operand);
      case ExprKind::Lambda: {
        auto* l = e->as<Lambda>();
        visit_args_outside(l->args);
        push(ScopeKind::kLambda, "<lambda>", l);
        add_params(l->args);
        visit_expr(l->body);
        pop();
        return;
      }
      case ExprKind::IfExp: {
        auto* i = e->as<IfExp>();
        visit_expr(i->test);
        visit_expr(i->body);
        return visit_expr(i->orelse);
      }
      case ExprKind::Dict:
        for (const ExprNode* k : e->as<Dict>()->keys) {
          if (k) visit_expr(k);
        }
        return visit_exprs(e->as<Dict>()->values);
      case ExprKind::Set:
        return visit_exprs(e->as<Set>()->elts);
      case ExprKind::ListComp:
        return visit_comprehension(e, e->as<ListComp>()->generators, e->as<ListComp>()->elt,
                                   nullptr, "<listcomp>");
      case ExprKind::SetComp:
        return visit_comprehension(e, e->as<SetComp>()->generators, e->as<SetComp>()->elt, nullptr,
                                   "<setcomp>");
      case ExprKind::DictComp:
        return visit_comprehension(e, e->as<DictComp>()->generators, e->as<DictComp>()->key,
                                   e->as<DictComp>()->value, "<dictcomp>");
      case ExprKind::GeneratorExp:
        return visit_comprehension(e, e->as<GeneratorExp>()->generators, e->as<GeneratorExp>()->elt,
                                   nullptr, "<genexpr>");
      case ExprKind::Await:
        // `await` inside a comprehension makes it a coroutine (async generator for a genexp).
        if (cur_->kind == ScopeKind::kComprehension) cur_->is_coroutine = true;
        return visit_expr(e->as<Await>()->value);
      case ExprKind::Yield:
        cur_->is_generator = true;
        if (auto* v = e->as<Yield>()->value) visit_expr(v);
        return;
      case ExprKind::YieldFrom:
        cur_->is_generator = true;
        return visit_expr(e->as<YieldFrom>()->value);
      case ExprKind::Compare:
        visit_expr(e->as<Compare>()->left);
        return visit_exprs(e->as<Compare>()->comparators);
      case ExprKind::Call: {
        auto* c = e->as<Call>();
        visit_expr(c->func);
        visit_exprs(c->args);
        for (const Keyword* k : c->keywords) visit_expr(k->value);
        return;
      }
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        visit_expr(f->value);
        if (f->format_spec) visit_expr(f->format_spec);
        return;
      }
      case ExprKind::JoinedStr:
        return visit_exprs(e->as<JoinedStr>()->values);
      case ExprKind::Constant:
        return;
      case ExprKind::Attribute:
        return visit_expr(e->as<Attribute>()->value);
      case ExprKind::Subscript:
        visit_expr(e->as<Subscript>()->value);
        return visit_expr(e->as<Subscript>()->slice);
      case ExprKind::Starred:
        return visit_expr(e->as<Starred>()->value);
      case ExprKind::List:
        return visit_exprs(e->as<List>()->elts);
      case ExprKind::Tuple:
        return visit_exprs(e->as<Tuple>()->elts);
      case ExprKind::Slice: {
        auto* s = e->as<Slice>();
        if (s->lower) visit_expr(s->lower);
        if (s->upper) visit_expr(s->upper);
        if (s->step) visit_expr(s->step);
        return;
      }
    }
  }

  // ---- resolution ----------------------------------------------------------------------------

  // `bound`: names bound in enclosing function scopes (visible to closures).
  bool analyze(Scope* s, const std::set<std::string>& bound) {
    std::set<std::string> local;
    for (const std::string& name : s->order) {
      unsigned f = s->flags[name];
      if (f & Scope::kGlobal) {
        s->access[name] = NameAccess::kGlobalExplicit;
      } else if (f & Scope::kNonlocal) {
        if (!bound.count(name)) {
          failed_ = true;
          error_->msg = "no binding for nonlocal '" + name + "' found";
          locate_nonlocal(s, name);
          return false;
        }
        s->access[name] = NameAccess::kFree;
      } else if (f & (Scope::kAssigned | Scope::kParam)) {
        s->access[name] = s->is_function() ? NameAccess::kLocal : NameAccess::kName;
        if (s->is_function()) local.insert(name);
      } else if (s->is_function()) {
        s->access[name] = bound.count(name) ? NameAccess::kFree : NameAccess::kGlobalImplicit;
      } else if (s->kind == ScopeKind::kClass && bound.count(name)) {
        s->access[name] = NameAccess::kFree;  // LOAD_CLASSDEREF
      } else {
        s->access[name] = NameAccess::kName;
      }
    }

    std::set<std::string> child_bound = bound;
    if (s->is_function()) {
      for (const auto& n : local) child_bound.insert(n);
      for (const auto& [n, a] : s->access) {
        if (a == NameAccess::kFree) child_bound.insert(n);
      }
    }
    if (s->kind == ScopeKind::kClass) child_bound.insert("__class__");

    std::set<std::string> cells, frees;
    for (const auto& [n, a] : s->access) {
      if (a == NameAccess::kFree) frees.insert(n);
    }
    for (auto& child : s->children) {
      if (!analyze(child.get(), child_bound)) return false;
      for (const std::string& fv : child->freevars) {
        if (s->kind == ScopeKind::kClass && fv == "__class__") {
          s->needs_class_cell = true;
          continue;
        }
        if (s->is_function() && local.count(fv)) {
          cells.insert(fv);
          s->access[fv] = NameAccess::kCell;
        } else if (s->kind != ScopeKind::kModule) {
          frees.insert(fv);
          if (!s->access.count(fv) || s->access[fv] == NameAccess::kGlobalImplicit) {
            if (s->is_function()) s->access[fv] = NameAccess::kFree;
          }
        }
      }
    }
    if (s->is_function() && s->uses_super) {
      // super() in a method (directly or through nested functions) needs __class__.
      for (Scope* p = s->parent; p; p = p->parent) {
        if (p->kind == ScopeKind::kClass) {
          frees.insert("__class__");
          s->access["__class__"] = NameAccess::kFree;
          break;
        }
        if (!p->is_function()) break;
      }
    }
    if (s->kind == ScopeKind::kClass && s->needs_class_cell) cells.insert("__class__");
    s->cellvars.assign(cells.begin(), cells.end());
    s->freevars.assign(frees.begin(), frees.end());
    return true;
  }

  void locate_nonlocal(Scope* s, const std::string& name) {
    auto it = s->declared_at.find(name);
    if (it == s->declared_at.end()) return;
    error_->lineno = it->second->lineno;
    error_->col_offset = it->second->col_offset;
    error_->end_lineno = it->second->end_lineno;
    error_->end_col_offset = it->second->end_col_offset;
  }

  Scope* cur_ = nullptr;
  SymtableError* error_;
  bool failed_ = false;
  bool in_comp_target_ = false;
};

}  // namespace

bool build_symtable(const Module& module, std::unique_ptr<Scope>* out, SymtableError* error) {
  return Builder(error).build(module, out);
}

}  // namespace asyncplay::lang
