# Template substitution
from string import Template


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification and $$100 and $$').substitute(noun='Python'))
print(Template('$a$b ${a}x $a_b').substitute(a=1, b=2, a_b=3))
print(Template('Price: $price').substitute(price=9.5))
print(t.template)
show(lambda: Template('$who is $missing').substitute(who='x'))
show(lambda: Template('bad $ here').substitute())
show(lambda: Template('line1\nline2 $').substitute())
show(lambda: Template('${unclosed').substitute(unclosed=1))
show(lambda: Template('$1').substitute())
show(lambda: Template('x\n\n  $!').substitute())
print(Template('$who and $missing and $').safe_substitute(who='x'))
print(Template('${a} ${b} $$ ${').safe_substitute(a='A'))
print(Template('$a $b $a ${c}').get_identifiers())
print(Template('$a ok').is_valid(), Template('$ bad').is_valid(), Template('$$').is_valid())
print(Template('$x').substitute(x=[1, 2]), Template('é $ü $u').safe_substitute(u='v'))


class Percent(Template):
    delimiter = '%'


print(Percent('%name has %% and %{n}').substitute(name='a', n=5))
