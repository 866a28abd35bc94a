import _thread
r = _thread.RLock()
for st in [[1, 5], ('a', 1), (1, 'a'), (1.5, 1), (-1, 2)]:
    try:
        print(r._acquire_restore(st), r._is_owned(), r._release_save())
    except Exception as e:
        print(type(e).__name__, e)
