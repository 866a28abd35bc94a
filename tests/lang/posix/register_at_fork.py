import os
events = []
os.register_at_fork(before=lambda: events.append("before1"))
os.register_at_fork(before=lambda: events.append("before2"),
                    after_in_parent=lambda: events.append("parent"),
                    after_in_child=lambda: os.write(w, b"child hook ran\n"))
for kw in ({}, {"before": 1}, {"after_in_child": None}, {"bogus": 1}):
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print("TypeError", e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print("TypeError", e)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
os.close(w)
print(os.read(r, 100).decode().strip())
print(events)
