# unittest and doctest (they import ast, inspect, signal) run a small suite.
import unittest, doctest, io
class T(unittest.TestCase):
    def test_a(self): self.assertEqual(1 + 1, 2)
    def test_b(self):
        with self.assertRaises(ZeroDivisionError): 1/0
    def test_c(self): self.assertIn("a", "abc")
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
print("\n".join(l for l in s.getvalue().splitlines() if not l.startswith("Ran ")))
def f(x):
    """
    >>> f(2)
    4
    >>> f(3)
    10
    """
    return x * x
print(doctest.run_docstring_examples(f, {"f": f}, name="f"))
