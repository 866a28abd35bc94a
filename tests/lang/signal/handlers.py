# The _signal module: handlers, getsignal, errors, raise_signal.
import signal
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.SIGINT, signal.Signals(15))
got = []
old = signal.signal(signal.SIGUSR1, lambda n, fr: got.append((n, type(fr).__name__)))
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
try: signal.signal(100, signal.SIG_DFL)
except ValueError as e: print(e)
try: signal.signal(2, 5)
except TypeError as e: print(e)
try: signal.signal(9, signal.SIG_IGN)
except OSError as e: print(e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try: signal.default_int_handler(2, None)
except KeyboardInterrupt as e: print("KI", e.args)
print(signal.strsignal(2), 2 in signal.valid_signals())
