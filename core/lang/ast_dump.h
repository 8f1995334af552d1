// ast_dump: a Module as Python 3.11's ast.dump(tree) prints it, character for character.
//
//   ast_dump(module)        == ast.dump(tree)
//   ast_dump(module, true)  == ast.dump(tree, include_attributes=True)
//
// The parser tests compare these strings with python3's (scripts/ast_oracle.py). The repr
// helpers are Python's repr() of the constant types, usable wherever CPython's text is needed.
#pragma once

#include <string>
#include <string_view>

#include "core/lang/ast.h"

namespace asyncplay::lang {

std::string ast_dump(const ast::Module& module, bool include_attributes = false);
std::string ast_dump(const ast::ExprNode* expr, bool include_attributes = false);

std::string repr_str(std::string_view utf8);  // repr() of a str given in (generalized) UTF-8
std::string repr_bytes(std::string_view bytes);
std::string repr_float(double value);     // repr(float): '1.5', '1e+16', 'inf'
std::string repr_imaginary(double imag);  // repr(complex(0, imag)): '1j', '1.5e+16j'

}  // namespace asyncplay::lang
