#!/usr/bin/env python3
"""Checks the frozen prelude modules (core/lang/prelude/*.py) against CPython's stdlib.

Every snippet in tests/prelude/cases/*.py runs twice under python3, each in its own subprocess:
once with the real standard library, once with the prelude modules shadowing it. The two outputs
(stdout, the exit status and the last line of stderr) must be identical after addresses
(`at 0x7f...`) are normalised. Warnings on stderr are ignored.

Shadowing: a prelude directory first on sys.path is not enough, because some of these modules
(itertools) are built into the python3 binary and the built-in importer runs before the path
finder. The prelude run therefore installs a meta-path finder, ahead of every other finder, that
loads each name that has a file in core/lang/prelude/ from that file. Both runs use `-B -s -S -P`
(no bytecode files, no user site, no site, no script directory on sys.path), so none of these modules are imported
before the snippet runs, and PYTHONHASHSEED=0 so that set orders are reproducible.

    python3 tests/prelude/run.py                 # every case
    python3 tests/prelude/run.py random heapq    # cases whose file name starts with these
    python3 tests/prelude/run.py -v              # also print the output of passing cases
    PRELUDE_NATIVE_RANDOM=1 python3 tests/prelude/run.py random
        # random.py on top of CPython's C _random core (as with a native core in asyncplay)
    python3 tests/prelude/run.py --asyncplay 'PATH/TO/asyncplay [ARGS...]'
        # additionally run each case under the asyncplay binary (with the preludes frozen in;
        # the case file is appended to the command) and compare with CPython's output
"""
import difflib
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRELUDE = os.path.join(ROOT, 'core', 'lang', 'prelude')
CASES = os.path.join(HERE, 'cases')
TIMEOUT = 60

# Runs one case file as __main__. argv: [driver, case_path, 'stdlib' | prelude_dir].
DRIVER = r'''
import sys
case, mode = sys.argv[1], sys.argv[2]
if mode != 'stdlib':
    import os
    from importlib.machinery import SourceFileLoader
    from importlib.util import spec_from_file_location
    prelude_dir = mode
    names = {f[:-3] for f in os.listdir(prelude_dir) if f.endswith('.py')}

    class PreludeFinder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name in names:
                filename = os.path.join(prelude_dir, name + '.py')
                return spec_from_file_location(name, filename,
                                               loader=SourceFileLoader(name, filename))
            return None

    sys.meta_path.insert(0, PreludeFinder)
    for n in names:
        sys.modules.pop(n, None)
    # random.py uses a native _random core when the interpreter has one; CPython's must not
    # stand in for it here, so that the pure-Python Mersenne Twister is what gets tested.
    if os.environ.get('PRELUDE_NATIVE_RANDOM') != '1':
        sys.modules['_random'] = None
with open(case, encoding='utf-8') as f:
    source = f.read()
code = compile(source, case, 'exec')
sys.argv = [case]
exec(code, {'__name__': '__main__', '__file__': case, '__builtins__': __builtins__})
'''

ADDRESS = re.compile(r'\bat 0x[0-9a-fA-F]+')


def normalise(text):
    return ADDRESS.sub('at 0x...', text)


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ''


def result(proc):
    """(exit status, stdout, last line of stderr, stderr). The stderr line only counts when
    the program failed: it is the uncaught exception. (A successful run may still print
    warnings, e.g. CPython's DeprecationWarning for randrange(10.0), which the preludes do
    not emit.)"""
    err = normalise(last_line(proc.stderr)) if proc.returncode else ''
    return proc.returncode, normalise(proc.stdout), err, proc.stderr


def run_python(case, mode):
    proc = subprocess.run([sys.executable, '-B', '-s', '-S', '-P', '-c', DRIVER, case, mode],
                          capture_output=True, text=True, timeout=TIMEOUT,
                          env={'PYTHONHASHSEED': '0', 'PATH': os.environ.get('PATH', ''),
                               'PRELUDE_NATIVE_RANDOM': os.environ.get('PRELUDE_NATIVE_RANDOM', '')})
    return result(proc)


def run_asyncplay(command, case):
    try:
        proc = subprocess.run(command + [case], capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return (-1, '', 'timeout after %ds' % TIMEOUT, '')
    return result(proc)


def describe(a, b, label_a, label_b):
    out = []
    if a[0] != b[0]:
        out.append('  exit status: %s=%s %s=%s' % (label_a, a[0], label_b, b[0]))
    if a[2] != b[2]:
        out.append('  last stderr line:\n    %s: %s\n    %s: %s' % (label_a, a[2], label_b, b[2]))
    if a[1] != b[1]:
        diff = difflib.unified_diff(a[1].splitlines(), b[1].splitlines(), label_a, label_b,
                                    lineterm='', n=2)
        out.extend('  ' + l for l in diff)
    if b[3].strip() and a[2] != b[2]:
        out.append('  %s stderr:' % label_b)
        out.extend('    ' + l for l in b[3].strip().splitlines()[-15:])
    return '\n'.join(out)


def check_shadowing():
    """The prelude run must import every module from core/lang/prelude/, not the stdlib."""
    names = sorted(f[:-3] for f in os.listdir(PRELUDE) if f.endswith('.py'))
    probe = os.path.join(HERE, '.probe_shadowing.py')
    with open(probe, 'w', encoding='utf-8') as f:
        f.write('import importlib\n')
        f.write('for n in %r:\n' % (names,))
        f.write('    print(n, getattr(importlib.import_module(n), "__file__", None))\n')
    try:
        proc = subprocess.run([sys.executable, '-B', '-s', '-S', '-P', '-c', DRIVER, probe, PRELUDE],
                              capture_output=True, text=True, timeout=TIMEOUT)
    finally:
        os.remove(probe)
    bad = []
    for line in proc.stdout.splitlines():
        name, _, path = line.partition(' ')
        if os.path.dirname(os.path.abspath(path)) != PRELUDE:
            bad.append('%s from %s' % (name, path))
    if proc.returncode or bad or len(proc.stdout.splitlines()) != len(names):
        print('prelude modules are not the ones imported: %s %s' % (bad, proc.stderr[-2000:]))
        return False
    return True


def main(argv):
    verbose = False
    binary = None
    prefixes = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('-v', '--verbose'):
            verbose = True
        elif a == '--asyncplay':
            i += 1
            binary = shlex.split(argv[i])
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        else:
            prefixes.append(a)
        i += 1
    if not check_shadowing():
        return 1
    cases = sorted(f for f in os.listdir(CASES) if f.endswith('.py'))
    if prefixes:
        cases = [c for c in cases if any(c.startswith(p) for p in prefixes)]
    if not cases:
        print('no cases')
        return 1
    failed = []
    per_module = {}
    for name in cases:
        path = os.path.join(CASES, name)
        module = name.split('_')[0]
        expected = run_python(path, 'stdlib')
        results = [('prelude', run_python(path, PRELUDE))]
        if binary:
            results.append(('asyncplay', run_asyncplay(binary, path)))
        ok = True
        for label, got in results:
            if got[:3] != expected[:3]:
                ok = False
                failed.append(name + ' [' + label + ']')
                print('FAIL %s [%s]' % (name, label))
                print(describe(expected, got, 'cpython', label))
        if expected[0] != 0 and ok:
            # A case must not die on its own: that usually hides a mistake in the case.
            print('note: %s exits with status %s under CPython too' % (name, expected[0]))
        stats = per_module.setdefault(module, [0, 0])
        stats[0] += 1
        if ok:
            stats[1] += 1
            if verbose:
                print('ok   %s' % name)
                print('  ' + expected[1].replace('\n', '\n  '))
    print()
    for module in sorted(per_module):
        total, passed = per_module[module]
        print('%-12s %d/%d' % (module, passed, total))
    print()
    if failed:
        print('%d of %d cases FAILED: %s' % (len(failed), len(cases), ', '.join(failed)))
        return 1
    print('all %d cases passed' % len(cases))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
