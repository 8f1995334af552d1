// `asyncplay --dis`: the disassembler, one line per instruction, as CPython's dis module lays it
// out (line number, offset, opcode name, argument and what it refers to).
#include <cstdio>

#include "core/lang/code.h"
#include "core/lang/objects.h"

namespace asyncplay::lang {

const char* op_name(Op op) {
  static const char* const kNames[] = {
#define ASYNCPLAY_OP_NAME(name, effect, meaning) #name,
      ASYNCPLAY_OPCODES(ASYNCPLAY_OP_NAME)
#undef ASYNCPLAY_OP_NAME
  };
  const auto i = static_cast<size_t>(op);
  return i < sizeof(kNames) / sizeof(kNames[0]) ? kNames[i] : "???";
}

namespace {

std::string describe_arg(const Code& co, Instr ins) {
  const uint32_t arg = instr_arg(ins);
  switch (instr_op(ins)) {
    case Op::LOAD_CONST: {
      if (arg >= co.consts.size()) return {};
      Value v = co.consts[arg];
      if (type_of(v) == &g_code_type)
        return "<code object " + static_cast<Code*>(v.obj())->name + ">";
      return repr_utf8(v);
    }
    case Op::LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST:
      return arg < co.varnames.size() ? co.varnames[arg] : "";
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE: {
      const size_t nc = co.cellvars.size();
      return arg < nc                        ? co.cellvars[arg]
             : arg - nc < co.freevars.size() ? co.freevars[arg - nc]
                                             : "";
    }
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM:
      return arg < co.names.size() ? std::string(co.names[arg]->view()) : "";
    case Op::JUMP:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER:
    case Op::SETUP_FINALLY:
    case Op::JUMP_IF_NOT_EXC_MATCH:
    case Op::SEND:
      return "to " + std::to_string(arg);
    default:
      return {};
  }
}

void disassemble_into(const Code& co, std::string* out) {
  *out += "Disassembly of <code object " + co.name + ", file \"" + co.filename + "\", line " +
          std::to_string(co.first_line) + ">:\n";
  int last_line = -1;
  char buf[160];
  for (size_t i = 0; i < co.code.size(); ++i) {
    const Instr ins = co.code[i];
    const int line = i < co.positions.size() ? co.positions[i].line : 0;
    std::string line_col = line != last_line ? std::to_string(line) : "";
    if (line != last_line && i > 0) *out += "\n";
    last_line = line;
    std::string what = describe_arg(co, ins);
    std::snprintf(buf, sizeof buf, "%4s %6zu %-22s %6u", line_col.c_str(), i,
                  op_name(instr_op(ins)), instr_arg(ins));
    *out += buf;
    if (!what.empty()) *out += " (" + what + ")";
    *out += "\n";
  }
  for (Value v : co.consts) {
    if (type_of(v) == &g_code_type) {
      *out += "\n";
      disassemble_into(*static_cast<Code*>(v.obj()), out);
    }
  }
}

}  // namespace

std::string disassemble(const Code& code) {
  std::string out;
  disassemble_into(code, &out);
  return out;
}

}  // namespace asyncplay::lang
