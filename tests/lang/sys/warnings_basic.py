import warnings
warnings.warn('careful', UserWarning)
print('after warning')
