import _thread
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(_thread.start_new_thread, print, 1)
t(_thread.start_new_thread, 1, ())
t(_thread.start_new_thread, print, (), 1)
t(_thread.start_new_thread, print)
t(_thread.start_new_thread)
t(_thread.start_new, 1, ())
t(_thread.start_new_thread, print, (), {}, 4)
