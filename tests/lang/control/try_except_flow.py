# try/except/else/finally ordering and exception variables.
def run(kind):
    log = []
    try:
        log.append('try')
        if kind == 'value':
            raise ValueError('v')
        if kind == 'key':
            raise KeyError('k')
        if kind == 'type':
            raise TypeError('t')
    except ValueError as e:
        log.append('value:' + str(e))
    except (KeyError, IndexError) as e:
        log.append('lookup:' + repr(e))
    except Exception:
        log.append('other')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log

for k in ('none', 'value', 'key', 'type'):
    print(run(k))

def name_deleted():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        err
    except NameError as e:
        return str(e)
print(name_deleted())

def reraise():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise
    except ValueError as e:
        return 'reraised ' + str(e)
print(reraise())

def bare_except():
    try:
        {}['x']
    except:
        return 'bare'
print(bare_except())

def in_handler_exc_info():
    import sys
    try:
        raise KeyError('a')
    except KeyError:
        t = sys.exc_info()[0].__name__
    return t, sys.exc_info()[0]
print(in_handler_exc_info())

def context_chain():
    try:
        try:
            raise ValueError('first')
        except ValueError:
            raise TypeError('second')
    except TypeError as e:
        return repr(e.__context__), e.__suppress_context__
print(context_chain())

def cause_chain():
    try:
        raise TypeError('x') from KeyError('y')
    except TypeError as e:
        return repr(e.__cause__), e.__suppress_context__
print(cause_chain())
