from . import (a as b,
  c)
from .a.b import *
from ... import *
import x
def f():
	if x:
		pass
	else:
		pass
if x:
	pass
	pass
if x:
  	pass
  	pass
x = 1

y = 2
  

# c
x = 1




#!/usr/bin/env python3
# -*- coding: utf-8 -*-
x = 1
x = 1;
x = 1 ; y = 2 ;
if x: pass; pass
x = [i if i else 0 for i in range(3)]
x = {a: b for a, b in c if d}
x = {a:=1}
x = {(a:=1): 2}
x = {a := 1, b}
x = [a := 1, b := 2]
x = (a := 1, b := 2)
f(a := 1, b=2)
