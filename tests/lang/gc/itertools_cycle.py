# itertools objects whose source refers back to them.
import gc, itertools
gc.disable()
gc.collect()
src = []
it = itertools.cycle(src)
src.append(it)
del it, src
print(gc.collect())
src = []
ch = itertools.chain(src)
src.append(ch)
del ch, src
print(gc.collect())
