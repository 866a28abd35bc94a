/* test_thread.c — krait-only behaviour of _thread that CPython cannot show
 * in a differential test (CPython would hang or start a thread): acquiring
 * a held lock forever raises RuntimeError; start_new_thread and
 * threading.Thread.start are refused. */
#include "vm/lifecycle.h"
#include "vm/run.h"

#include <stdio.h>

static const char script[] =
    "import _thread\n"
    "fails = 0\n"
    "def expect(f, text):\n"
    "    global fails\n"
    "    try:\n"
    "        f()\n"
    "    except RuntimeError as e:\n"
    "        if text not in str(e):\n"
    "            print('FAIL wrong message:', e); fails += 1\n"
    "    else:\n"
    "        print('FAIL no error for', text); fails += 1\n"
    "l = _thread.allocate_lock(); l.acquire()\n"
    "expect(l.acquire, 'deadlock')\n"
    "expect(lambda: l.acquire(True, -1), 'deadlock')\n"
    "r = _thread.RLock(); r.acquire(); r.acquire(); r.release(); r.release()\n"
    "expect(lambda: _thread.start_new_thread(print, ()),\n"
    "       \"can't start new thread: threads are not supported yet by krait\")\n"
    "import threading\n"
    "th = threading.Thread(target=print)\n"
    "expect(th.start, 'threads are not supported yet by krait')\n"
    "if th.is_alive() or threading.active_count() != 1: print('FAIL thread state'); fails += 1\n"
    "if _thread.daemon_threads_allowed() is not True: print('FAIL daemon'); fails += 1\n"
    "if _thread.RLock()._recursion_count() != 0: print('FAIL count'); fails += 1\n"
    "if fails: raise SystemExit(1)\n";

int main(void)
{
    if (kr_runtime_init() < 0) {
        printf("FAIL runtime init\n");
        return 1;
    }
    int rc = kr_run_main_string(script, "<test_thread>");
    if (rc != 0) printf("FAIL test_thread script exited with %d\n", rc);
    else printf("test_thread: ok\n");
    return rc != 0;
}
