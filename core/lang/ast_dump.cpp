// ast.dump() for our tree, and Python's repr() of constants. See ast_dump.h.
#include "core/lang/ast_dump.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/lang/unicode.h"

namespace asyncplay::lang {

using namespace ast;

// ---------------------------------------------------------------------------------------------
// repr()

std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  size_t i = 0;
  char buf[16];
  while (i < s.size()) {
    uint32_t cp = decode_utf8(s, &i);
    if (cp == kInvalidCodePoint) cp = 0xFFFD;
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x7F || is_printable(cp)) {
      append_utf8(&out, cp);
    } else {
      const char* fmt = cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x";
      std::snprintf(buf, sizeof buf, fmt, cp);
      out += buf;
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  char buf[8];
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

namespace {

// The shortest decimal digits that read back as `v` (v > 0, finite), and the position of the
// decimal point relative to them (CPython's `decpt`).
void shortest_digits(double v, std::string* digits, int* decpt) {
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, v);
    if (std::strtod(buf, nullptr) == v || precision == 17) break;
  }
  // buf is "d.ddde[+-]xx" or "de[+-]xx"
  std::string mantissa;
  const char* p = buf;
  for (; *p && *p != 'e'; ++p) {
    if (*p != '.') mantissa += *p;
  }
  int exponent = std::atoi(p + 1);
  while (mantissa.size() > 1 && mantissa.back() == '0') mantissa.pop_back();
  *digits = mantissa;
  *decpt = exponent + 1;
}

std::string format_float(double v, bool add_dot_0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  std::string sign = std::signbit(v) ? "-" : "";
  v = std::fabs(v);
  if (v == 0) return sign + (add_dot_0 ? "0.0" : "0");
  std::string digits;
  int decpt;
  shortest_digits(v, &digits, &decpt);
  std::string out = sign;
  int n = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (n > 1) out += "." + digits.substr(1);
    int exp = decpt - 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    return out + buf;
  }
  if (decpt <= 0) return out + "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
  if (decpt >= n) {
    out += digits + std::string(static_cast<size_t>(decpt - n), '0');
    return add_dot_0 ? out + ".0" : out;
  }
  return out + digits.substr(0, static_cast<size_t>(decpt)) + "." +
         digits.substr(static_cast<size_t>(decpt));
}

}  // namespace

std::string repr_float(double v) {
  return format_float(v, true);
}

std::string repr_imaginary(double imag) {
  return format_float(imag, false) + "j";
}

// ---------------------------------------------------------------------------------------------
// ast.dump()

namespace {

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  // One node's "Cls(field=value, ...)": name() writes the separator and "field=".
  class Fields {
   public:
    Fields(Dumper* d, const char* cls) : d_(d) {
      d_->out += cls;
      d_->out += '(';
    }
    void name(const char* field) {
      if (!first_) d_->out += ", ";
      first_ = false;
      d_->out += field;
      d_->out += '=';
    }
    void close(const Located* loc = nullptr) {
      if (loc && d_->attrs_) {
        name("lineno");
        d_->out += std::to_string(loc->lineno);
        name("col_offset");
        d_->out += std::to_string(loc->col_offset);
        name("end_lineno");
        d_->out += std::to_string(loc->end_lineno);
        name("end_col_offset");
        d_->out += std::to_string(loc->end_col_offset);
      }
      d_->out += ')';
    }

   private:
    Dumper* d_;
    bool first_ = true;
  };

  void str(std::string_view s) { out += repr_str(s); }

  template <class T>
  void opt(Fields& f, const char* field, const T* node) {
    if (!node) return;
    f.name(field);
    any(node);
  }
  void opt_id(Fields& f, const char* field, const std::string& id) {
    if (id.empty()) return;
    f.name(field);
    str(id);
  }
  template <class T>
  void req(Fields& f, const char* field, const T* node) {
    f.name(field);
    any(node);
  }
  template <class T>
  void seq(Fields& f, const char* field, const std::vector<T*>& nodes) {
    f.name(field);
    out += '[';
    for (size_t i = 0; i < nodes.size(); ++i) {
      if (i) out += ", ";
      if (nodes[i]) {
        any(nodes[i]);
      } else {
        out += "None";
      }
    }
    out += ']';
  }
  void ids(Fields& f, const char* field, const Identifiers& names) {
    f.name(field);
    out += '[';
    for (size_t i = 0; i < names.size(); ++i) {
      if (i) out += ", ";
      str(names[i]);
    }
    out += ']';
  }
  void singleton(const char* name) {
    out += name;
    out += "()";
  }

  void any(const ExprNode* e) { expr(e); }
  void any(const StmtNode* s) { stmt(s); }
  void any(const PatternNode* p) { pattern(p); }
  void any(const Arguments* a);
  void any(const Arg* a);
  void any(const Keyword* k);
  void any(const Alias* a);
  void any(const WithItem* w);
  void any(const Comprehension* c);
  void any(const ExceptHandler* h);
  void any(const MatchCase* c);

  void expr(const ExprNode* e);
  void stmt(const StmtNode* s);
  void pattern(const PatternNode* p);
  void constant(ConstantKind kind, const Constant* c);

 private:
  template <class F>
  void function_fields(Fields& f, const F* n) {
    f.name("name");
    str(n->name);
    req(f, "args", n->args);
    seq(f, "body", n->body);
    seq(f, "decorator_list", n->decorator_list);
    opt(f, "returns", n->returns);
  }
  template <class F>
  void for_fields(Fields& f, const F* n) {
    req(f, "target", n->target);
    req(f, "iter", n->iter);
    seq(f, "body", n->body);
    seq(f, "orelse", n->orelse);
  }
  template <class T>
  void try_fields(Fields& f, const T* n) {
    seq(f, "body", n->body);
    seq(f, "handlers", n->handlers);
    seq(f, "orelse", n->orelse);
    seq(f, "finalbody", n->finalbody);
  }
  template <class T>
  void comp_fields(Fields& f, const T* n) {
    req(f, "elt", n->elt);
    seq(f, "generators", n->generators);
  }

  bool attrs_;
};

void Dumper::any(const Arguments* a) {
  Fields f(this, "arguments");
  seq(f, "posonlyargs", a->posonlyargs);
  seq(f, "args", a->args);
  opt(f, "vararg", a->vararg);
  seq(f, "kwonlyargs", a->kwonlyargs);
  seq(f, "kw_defaults", a->kw_defaults);
  opt(f, "kwarg", a->kwarg);
  seq(f, "defaults", a->defaults);
  f.close();
}

void Dumper::any(const Arg* a) {
  Fields f(this, "arg");
  f.name("arg");
  str(a->arg);
  opt(f, "annotation", a->annotation);
  f.close(a);
}

void Dumper::any(const Keyword* k) {
  Fields f(this, "keyword");
  opt_id(f, "arg", k->arg);
  req(f, "value", k->value);
  f.close(k);
}

void Dumper::any(const Alias* a) {
  Fields f(this, "alias");
  f.name("name");
  str(a->name);
  opt_id(f, "asname", a->asname);
  f.close(a);
}

void Dumper::any(const WithItem* w) {
  Fields f(this, "withitem");
  req(f, "context_expr", w->context_expr);
  opt(f, "optional_vars", w->optional_vars);
  f.close();
}

void Dumper::any(const Comprehension* c) {
  Fields f(this, "comprehension");
  req(f, "target", c->target);
  req(f, "iter", c->iter);
  seq(f, "ifs", c->ifs);
  f.name("is_async");
  out += c->is_async ? "1" : "0";
  f.close();
}

void Dumper::any(const ExceptHandler* h) {
  Fields f(this, "ExceptHandler");
  opt(f, "type", h->type);
  opt_id(f, "name", h->name);
  seq(f, "body", h->body);
  f.close(h);
}

void Dumper::any(const MatchCase* c) {
  Fields f(this, "match_case");
  req(f, "pattern", c->pattern);
  opt(f, "guard", c->guard);
  seq(f, "body", c->body);
  f.close();
}

void Dumper::constant(ConstantKind kind, const Constant* c) {
  switch (kind) {
    case ConstantKind::None:
      out += "None";
      break;
    case ConstantKind::True:
      out += "True";
      break;
    case ConstantKind::False:
      out += "False";
      break;
    case ConstantKind::Ellipsis:
      out += "Ellipsis";
      break;
    case ConstantKind::Int:
      out += int_literal_to_decimal(c->text);
      break;
    case ConstantKind::Float:
      out += repr_float(c->number);
      break;
    case ConstantKind::Complex:
      out += repr_imaginary(c->number);
      break;
    case ConstantKind::Str:
      str(c->text);
      break;
    case ConstantKind::Bytes:
      out += repr_bytes(c->text);
      break;
  }
}

void Dumper::expr(const ExprNode* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* n = e->as<BoolOp>();
      Fields f(this, "BoolOp");
      f.name("op");
      singleton(name_of(n->op));
      seq(f, "values", n->values);
      return f.close(e);
    }
    case ExprKind::NamedExpr: {
      auto* n = e->as<NamedExpr>();
      Fields f(this, "NamedExpr");
      req(f, "target", n->target);
      req(f, "value", n->value);
      return f.close(e);
    }
    case ExprKind::BinOp: {
      auto* n = e->as<BinOp>();
      Fields f(this, "BinOp");
      req(f, "left", n->left);
      f.name("op");
      singleton(name_of(n->op));
      req(f, "right", n->right);
      return f.close(e);
    }
    case ExprKind::UnaryOp: {
      auto* n = e->as<UnaryOp>();
      Fields f(this, "UnaryOp");
      f.name("op");
      singleton(name_of(n->op));
      req(f, "operand", n->operand);
      return f.close(e);
    }
    case ExprKind::Lambda: {
      auto* n = e->as<Lambda>();
      Fields f(this, "Lambda");
      req(f, "args", n->args);
      req(f, "body", n->body);
      return f.close(e);
    }
    case ExprKind::IfExp: {
      auto* n = e->as<IfExp>();
      Fields f(this, "IfExp");
      req(f, "test", n->test);
      req(f, "body", n->body);
      req(f, "orelse", n->orelse);
      return f.close(e);
    }
    case ExprKind::Dict: {
      auto* n = e->as<Dict>();
      Fields f(this, "Dict");
      seq(f, "keys", n->keys);
      seq(f, "values", n->values);
      return f.close(e);
    }
    case ExprKind::Set: {
      Fields f(this, "Set");
      seq(f, "elts", e->as<Set>()->elts);
      return f.close(e);
    }
    case ExprKind::ListComp: {
      Fields f(this, "ListComp");
      comp_fields(f, e->as<ListComp>());
      return f.close(e);
    }
    case ExprKind::SetComp: {
      Fields f(this, "SetComp");
      comp_fields(f, e->as<SetComp>());
      return f.close(e);
    }
    case ExprKind::DictComp: {
      auto* n = e->as<DictComp>();
      Fields f(this, "DictComp");
      req(f, "key", n->key);
      req(f, "value", n->value);
      seq(f, "generators", n->generators);
      return f.close(e);
    }
    case ExprKind::GeneratorExp: {
      Fields f(this, "GeneratorExp");
      comp_fields(f, e->as<GeneratorExp>());
      return f.close(e);
    }
    case ExprKind::Await: {
      Fields f(this, "Await");
      req(f, "value", e->as<Await>()->value);
      return f.close(e);
    }
    case ExprKind::Yield: {
      Fields f(this, "Yield");
      opt(f, "value", e->as<Yield>()->value);
      return f.close(e);
    }
    case ExprKind::YieldFrom: {
      Fields f(this, "YieldFrom");
      req(f, "value", e->as<YieldFrom>()->value);
      return f.close(e);
    }
    case ExprKind::Compare: {
      auto* n = e->as<Compare>();
      Fields f(this, "Compare");
      req(f, "left", n->left);
      f.name("ops");
      out += '[';
      for (size_t i = 0; i < n->ops.size(); ++i) {
        if (i) out += ", ";
        singleton(name_of(n->ops[i]));
      }
      out += ']';
      seq(f, "comparators", n->comparators);
      return f.close(e);
    }
    case ExprKind::Call: {
      auto* n = e->as<Call>();
      Fields f(this, "Call");
      req(f, "func", n->func);
      seq(f, "args", n->args);
      seq(f, "keywords", n->keywords);
      return f.close(e);
    }
    case ExprKind::FormattedValue: {
      auto* n = e->as<FormattedValue>();
      Fields f(this, "FormattedValue");
      req(f, "value", n->value);
      f.name("conversion");
      out += std::to_string(n->conversion);
      opt(f, "format_spec", n->format_spec);
      return f.close(e);
    }
    case ExprKind::JoinedStr: {
      Fields f(this, "JoinedStr");
      seq(f, "values", e->as<JoinedStr>()->values);
      return f.close(e);
    }
    case ExprKind::Constant: {
      auto* n = e->as<Constant>();
      Fields f(this, "Constant");
      f.name("value");
      constant(n->value_kind, n);
      if (n->kind_u) {
        f.name("kind");
        out += "'u'";
      }
      return f.close(e);
    }
    case ExprKind::Attribute: {
      auto* n = e->as<Attribute>();
      Fields f(this, "Attribute");
      req(f, "value", n->value);
      f.name("attr");
      str(n->attr);
      f.name("ctx");
      singleton(name_of(n->ctx));
      return f.close(e);
    }
    case ExprKind::Subscript: {
      auto* n = e->as<Subscript>();
      Fields f(this, "Subscript");
      req(f, "value", n->value);
      req(f, "slice", n->slice);
      f.name("ctx");
      singleton(name_of(n->ctx));
      return f.close(e);
    }
    case ExprKind::Starred: {
      auto* n = e->as<Starred>();
      Fields f(this, "Starred");
      req(f, "value", n->value);
      f.name("ctx");
      singleton(name_of(n->ctx));
      return f.close(e);
    }
    case ExprKind::Name: {
      auto* n = e->as<Name>();
      Fields f(this, "Name");
      f.name("id");
      str(n->id);
      f.name("ctx");
      singleton(name_of(n->ctx));
      return f.close(e);
    }
    case ExprKind::List: {
      auto* n = e->as<List>();
      Fields f(this, "List");
      seq(f, "elts", n->elts);
      f.name("ctx");
      singleton(name_of(n->ctx));
      return f.close(e);
    }
    case ExprKind::Tuple: {
      auto* n = e->as<Tuple>();
      Fields f(this, "Tuple");
      seq(f, "elts", n->elts);
      f.name("ctx");
      singleton(name_of(n->ctx));
      return f.close(e);
    }
    case ExprKind::Slice: {
      auto* n = e->as<Slice>();
      Fields f(this, "Slice");
      opt(f, "lower", n->lower);
      opt(f, "upper", n->upper);
      opt(f, "step", n->step);
      return f.close(e);
    }
  }
}

void Dumper::stmt(const StmtNode* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef: {
      Fields f(this, "FunctionDef");
      function_fields(f, s->as<FunctionDef>());
      return f.close(s);
    }
    case StmtKind::AsyncFunctionDef: {
      Fields f(this, "AsyncFunctionDef");
      function_fields(f, s->as<AsyncFunctionDef>());
      return f.close(s);
    }
    case StmtKind::ClassDef: {
      auto* n = s->as<ClassDef>();
      Fields f(this, "ClassDef");
      f.name("name");
      str(n->name);
      seq(f, "bases", n->bases);
      seq(f, "keywords", n->keywords);
      seq(f, "body", n->body);
      seq(f, "decorator_list", n->decorator_list);
      return f.close(s);
    }
    case StmtKind::Return: {
      Fields f(this, "Return");
      opt(f, "value", s->as<Return>()->value);
      return f.close(s);
    }
    case StmtKind::Delete: {
      Fields f(this, "Delete");
      seq(f, "targets", s->as<Delete>()->targets);
      return f.close(s);
    }
    case StmtKind::Assign: {
      auto* n = s->as<Assign>();
      Fields f(this, "Assign");
      seq(f, "targets", n->targets);
      req(f, "value", n->value);
      return f.close(s);
    }
    case StmtKind::AugAssign: {
      auto* n = s->as<AugAssign>();
      Fields f(this, "AugAssign");
      req(f, "target", n->target);
      f.name("op");
      singleton(name_of(n->op));
      req(f, "value", n->value);
      return f.close(s);
    }
    case StmtKind::AnnAssign: {
      auto* n = s->as<AnnAssign>();
      Fields f(this, "AnnAssign");
      req(f, "target", n->target);
      req(f, "annotation", n->annotation);
      opt(f, "value", n->value);
      f.name("simple");
      out += std::to_string(n->simple);
      return f.close(s);
    }
    case StmtKind::For: {
      Fields f(this, "For");
      for_fields(f, s->as<For>());
      return f.close(s);
    }
    case StmtKind::AsyncFor: {
      Fields f(this, "AsyncFor");
      for_fields(f, s->as<AsyncFor>());
      return f.close(s);
    }
    case StmtKind::While: {
      auto* n = s->as<While>();
      Fields f(this, "While");
      req(f, "test", n->test);
      seq(f, "body", n->body);
      seq(f, "orelse", n->orelse);
      return f.close(s);
    }
    case StmtKind::If: {
      auto* n = s->as<If>();
      Fields f(this, "If");
      req(f, "test", n->test);
      seq(f, "body", n->body);
      seq(f, "orelse", n->orelse);
      return f.close(s);
    }
    case StmtKind::With: {
      auto* n = s->as<With>();
      Fields f(this, "With");
      seq(f, "items", n->items);
      seq(f, "body", n->body);
      return f.close(s);
    }
    case StmtKind::AsyncWith: {
      auto* n = s->as<AsyncWith>();
      Fields f(this, "AsyncWith");
      seq(f, "items", n->items);
      seq(f, "body", n->body);
      return f.close(s);
    }
    case StmtKind::Match: {
      auto* n = s->as<Match>();
      Fields f(this, "Match");
      req(f, "subject", n->subject);
      seq(f, "cases", n->cases);
      return f.close(s);
    }
    case StmtKind::Raise: {
      auto* n = s->as<Raise>();
      Fields f(this, "Raise");
      opt(f, "exc", n->exc);
      opt(f, "cause", n->cause);
      return f.close(s);
    }
    case StmtKind::Try: {
      Fields f(this, "Try");
      try_fields(f, s->as<Try>());
      return f.close(s);
    }
    case StmtKind::TryStar: {
      Fields f(this, "TryStar");
      try_fields(f, s->as<TryStar>());
      return f.close(s);
    }
    case StmtKind::Assert: {
      auto* n = s->as<Assert>();
      Fields f(this, "Assert");
      req(f, "test", n->test);
      opt(f, "msg", n->msg);
      return f.close(s);
    }
    case StmtKind::Import: {
      Fields f(this, "Import");
      seq(f, "names", s->as<Import>()->names);
      return f.close(s);
    }
    case StmtKind::ImportFrom: {
      auto* n = s->as<ImportFrom>();
      Fields f(this, "ImportFrom");
      opt_id(f, "module", n->module);
      seq(f, "names", n->names);
      f.name("level");
      out += std::to_string(n->level);
      return f.close(s);
    }
    case StmtKind::Global: {
      Fields f(this, "Global");
      ids(f, "names", s->as<Global>()->names);
      return f.close(s);
    }
    case StmtKind::Nonlocal: {
      Fields f(this, "Nonlocal");
      ids(f, "names", s->as<Nonlocal>()->names);
      return f.close(s);
    }
    case StmtKind::Expr: {
      Fields f(this, "Expr");
      req(f, "value", s->as<Expr>()->value);
      return f.close(s);
    }
    case StmtKind::Pass: {
      Fields f(this, "Pass");
      return f.close(s);
    }
    case StmtKind::Break: {
      Fields f(this, "Break");
      return f.close(s);
    }
    case StmtKind::Continue: {
      Fields f(this, "Continue");
      return f.close(s);
    }
  }
}

void Dumper::pattern(const PatternNode* p) {
  switch (p->kind) {
    case PatternKind::MatchValue: {
      Fields f(this, "MatchValue");
      req(f, "value", p->as<MatchValue>()->value);
      return f.close(p);
    }
    case PatternKind::MatchSingleton: {
      Fields f(this, "MatchSingleton");
      f.name("value");
      constant(p->as<MatchSingleton>()->value, nullptr);
      return f.close(p);
    }
    case PatternKind::MatchSequence: {
      Fields f(this, "MatchSequence");
      seq(f, "patterns", p->as<MatchSequence>()->patterns);
      return f.close(p);
    }
    case PatternKind::MatchMapping: {
      auto* n = p->as<MatchMapping>();
      Fields f(this, "MatchMapping");
      seq(f, "keys", n->keys);
      seq(f, "patterns", n->patterns);
      opt_id(f, "rest", n->rest);
      return f.close(p);
    }
    case PatternKind::MatchClass: {
      auto* n = p->as<MatchClass>();
      Fields f(this, "MatchClass");
      req(f, "cls", n->cls);
      seq(f, "patterns", n->patterns);
      ids(f, "kwd_attrs", n->kwd_attrs);
      seq(f, "kwd_patterns", n->kwd_patterns);
      return f.close(p);
    }
    case PatternKind::MatchStar: {
      Fields f(this, "MatchStar");
      opt_id(f, "name", p->as<MatchStar>()->name);
      return f.close(p);
    }
    case PatternKind::MatchAs: {
      auto* n = p->as<MatchAs>();
      Fields f(this, "MatchAs");
      opt(f, "pattern", n->pattern);
      opt_id(f, "name", n->name);
      return f.close(p);
    }
    case PatternKind::MatchOr: {
      Fields f(this, "MatchOr");
      seq(f, "patterns", p->as<MatchOr>()->patterns);
      return f.close(p);
    }
  }
}

}  // namespace

std::string ast_dump(const Module& module, bool include_attributes) {
  Dumper d(include_attributes);
  Dumper::Fields f(&d, "Module");
  d.seq(f, "body", module.body);
  f.name("type_ignores");
  d.out += "[]";
  f.close();
  return std::move(d.out);
}

std::string ast_dump(const ExprNode* expr, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(expr);
  return std::move(d.out);
}

}  // namespace asyncplay::lang
