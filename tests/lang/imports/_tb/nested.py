import _tb.missing_inner_zz
