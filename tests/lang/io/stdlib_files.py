# Standard library file helpers on top of io: pathlib, shutil, tempfile,
# os.fdopen over a pipe, logging.FileHandler, configparser, fileinput.
import os, io, shutil, tempfile, pathlib, logging, configparser, fileinput, sys
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_tmp_stdlib_files')
shutil.rmtree(d, ignore_errors=True)
os.mkdir(d)
p = pathlib.Path(d) / 'a.txt'
print(p.write_text('hello\nworld\n'), p.read_text(), p.read_bytes(), p.stat().st_size)
shutil.copyfile(p, os.path.join(d, 'b.txt'))
print(open(os.path.join(d, 'b.txt')).read())
with tempfile.TemporaryFile() as t:
    t.write(b'temp data'); t.seek(0); print(t.read(), type(t).__name__)
with tempfile.NamedTemporaryFile('w+', dir=d, delete=True) as t:
    t.write('named'); t.flush(); t.seek(0); print(t.read())
r, w = os.pipe()
with os.fdopen(w, 'w') as wf:
    wf.write('through a pipe\n')
with os.fdopen(r) as rf:
    print(rf.read(), rf.seekable() if False else '')
log = os.path.join(d, 'log.txt')
lg = logging.getLogger('t'); h = logging.FileHandler(log); lg.addHandler(h); lg.warning('logged %d', 5); h.close()
print(open(log).read())
cp = configparser.ConfigParser(); cp.read_string('[s]\nk = v\n')
with open(os.path.join(d, 'c.ini'), 'w') as f: cp.write(f)
cp2 = configparser.ConfigParser(); cp2.read(os.path.join(d, 'c.ini')); print(cp2['s']['k'])
with fileinput.input(files=[str(p)]) as fi:
    print([l for l in fi])
print(sys.getsizeof(io.BytesIO(b'x' * 100)) > 0)
shutil.rmtree(d)
