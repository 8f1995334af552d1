x = b'\u1234'
x = b'\N{BULLET}'
x = rb'\x'
x = f'''{1 +
2}'''
x = f'''{
1 +
2
}'''
x = f'''a
{b}
c{d}'''
x = f'''a
  {b!r:>{c}}'''
x = 1 .__class__
x = 1..real
x = 1.e5.real
x = 0x1.real
x = 1j.imag
x = 1e5j
x = 1_000.000_1e1_0j
x = 0_0_0
x = 00_0
x = 0o_7
x = 5in x
x = 5or y
x = 5and y
x = 5is y
x = 0x5if y else z
x = 1.0if y else z
x = 5not in y
x = a·b
