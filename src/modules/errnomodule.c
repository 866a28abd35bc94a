/* errnomodule.c — the errno module: the E* constants of <errno.h> and the
 * errorcode dict from numbers to names. The names are CPython's list for
 * Linux; a name the C library lacks is left out, as in CPython. Where two
 * names share a number (EAGAIN/EWOULDBLOCK, ENOTSUP/EOPNOTSUPP), errorcode
 * keeps the one CPython keeps: that one is added last. */
#include "errnomodule.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../vm/err.h"

#include <errno.h>

static int errno_add(KrObject *module, KrObject *codes, const char *name, int value)
{
    KrObject *num = kr_int_from_i64(value);
    KrObject *text = num ? kr_str_from_cstr(name) : NULL;
    int rc = -1;
    if (text && kr_dict_set_item(kr_module_get_dict_borrow(module), text, num) == 0 &&
        kr_dict_set_item(codes, num, text) == 0)
        rc = 0;
    KR_XDECREF(num);
    KR_XDECREF(text);
    return rc;
}

static int errno_exec(KrObject *module)
{
    KrObject *codes = kr_dict_new();
    if (!codes) return -1;
#ifdef E2BIG
    if (errno_add(module, codes, "E2BIG", E2BIG) < 0) goto fail;
#endif
#ifdef EACCES
    if (errno_add(module, codes, "EACCES", EACCES) < 0) goto fail;
#endif
#ifdef EADDRINUSE
    if (errno_add(module, codes, "EADDRINUSE", EADDRINUSE) < 0) goto fail;
#endif
#ifdef EADDRNOTAVAIL
    if (errno_add(module, codes, "EADDRNOTAVAIL", EADDRNOTAVAIL) < 0) goto fail;
#endif
#ifdef EADV
    if (errno_add(module, codes, "EADV", EADV) < 0) goto fail;
#endif
#ifdef EAFNOSUPPORT
    if (errno_add(module, codes, "EAFNOSUPPORT", EAFNOSUPPORT) < 0) goto fail;
#endif
#ifdef EALREADY
    if (errno_add(module, codes, "EALREADY", EALREADY) < 0) goto fail;
#endif
#ifdef EBADE
    if (errno_add(module, codes, "EBADE", EBADE) < 0) goto fail;
#endif
#ifdef EBADF
    if (errno_add(module, codes, "EBADF", EBADF) < 0) goto fail;
#endif
#ifdef EBADFD
    if (errno_add(module, codes, "EBADFD", EBADFD) < 0) goto fail;
#endif
#ifdef EBADMSG
    if (errno_add(module, codes, "EBADMSG", EBADMSG) < 0) goto fail;
#endif
#ifdef EBADR
    if (errno_add(module, codes, "EBADR", EBADR) < 0) goto fail;
#endif
#ifdef EBADRQC
    if (errno_add(module, codes, "EBADRQC", EBADRQC) < 0) goto fail;
#endif
#ifdef EBADSLT
    if (errno_add(module, codes, "EBADSLT", EBADSLT) < 0) goto fail;
#endif
#ifdef EBFONT
    if (errno_add(module, codes, "EBFONT", EBFONT) < 0) goto fail;
#endif
#ifdef EBUSY
    if (errno_add(module, codes, "EBUSY", EBUSY) < 0) goto fail;
#endif
#ifdef ECANCELED
    if (errno_add(module, codes, "ECANCELED", ECANCELED) < 0) goto fail;
#endif
#ifdef ECHILD
    if (errno_add(module, codes, "ECHILD", ECHILD) < 0) goto fail;
#endif
#ifdef ECHRNG
    if (errno_add(module, codes, "ECHRNG", ECHRNG) < 0) goto fail;
#endif
#ifdef ECOMM
    if (errno_add(module, codes, "ECOMM", ECOMM) < 0) goto fail;
#endif
#ifdef ECONNABORTED
    if (errno_add(module, codes, "ECONNABORTED", ECONNABORTED) < 0) goto fail;
#endif
#ifdef ECONNREFUSED
    if (errno_add(module, codes, "ECONNREFUSED", ECONNREFUSED) < 0) goto fail;
#endif
#ifdef ECONNRESET
    if (errno_add(module, codes, "ECONNRESET", ECONNRESET) < 0) goto fail;
#endif
#ifdef EDEADLK
    if (errno_add(module, codes, "EDEADLK", EDEADLK) < 0) goto fail;
#endif
#ifdef EDEADLOCK
    if (errno_add(module, codes, "EDEADLOCK", EDEADLOCK) < 0) goto fail;
#endif
#ifdef EDESTADDRREQ
    if (errno_add(module, codes, "EDESTADDRREQ", EDESTADDRREQ) < 0) goto fail;
#endif
#ifdef EDOM
    if (errno_add(module, codes, "EDOM", EDOM) < 0) goto fail;
#endif
#ifdef EDOTDOT
    if (errno_add(module, codes, "EDOTDOT", EDOTDOT) < 0) goto fail;
#endif
#ifdef EDQUOT
    if (errno_add(module, codes, "EDQUOT", EDQUOT) < 0) goto fail;
#endif
#ifdef EEXIST
    if (errno_add(module, codes, "EEXIST", EEXIST) < 0) goto fail;
#endif
#ifdef EFAULT
    if (errno_add(module, codes, "EFAULT", EFAULT) < 0) goto fail;
#endif
#ifdef EFBIG
    if (errno_add(module, codes, "EFBIG", EFBIG) < 0) goto fail;
#endif
#ifdef EHOSTDOWN
    if (errno_add(module, codes, "EHOSTDOWN", EHOSTDOWN) < 0) goto fail;
#endif
#ifdef EHOSTUNREACH
    if (errno_add(module, codes, "EHOSTUNREACH", EHOSTUNREACH) < 0) goto fail;
#endif
#ifdef EIDRM
    if (errno_add(module, codes, "EIDRM", EIDRM) < 0) goto fail;
#endif
#ifdef EILSEQ
    if (errno_add(module, codes, "EILSEQ", EILSEQ) < 0) goto fail;
#endif
#ifdef EINPROGRESS
    if (errno_add(module, codes, "EINPROGRESS", EINPROGRESS) < 0) goto fail;
#endif
#ifdef EINTR
    if (errno_add(module, codes, "EINTR", EINTR) < 0) goto fail;
#endif
#ifdef EINVAL
    if (errno_add(module, codes, "EINVAL", EINVAL) < 0) goto fail;
#endif
#ifdef EIO
    if (errno_add(module, codes, "EIO", EIO) < 0) goto fail;
#endif
#ifdef EISCONN
    if (errno_add(module, codes, "EISCONN", EISCONN) < 0) goto fail;
#endif
#ifdef EISDIR
    if (errno_add(module, codes, "EISDIR", EISDIR) < 0) goto fail;
#endif
#ifdef EISNAM
    if (errno_add(module, codes, "EISNAM", EISNAM) < 0) goto fail;
#endif
#ifdef EKEYEXPIRED
    if (errno_add(module, codes, "EKEYEXPIRED", EKEYEXPIRED) < 0) goto fail;
#endif
#ifdef EKEYREJECTED
    if (errno_add(module, codes, "EKEYREJECTED", EKEYREJECTED) < 0) goto fail;
#endif
#ifdef EKEYREVOKED
    if (errno_add(module, codes, "EKEYREVOKED", EKEYREVOKED) < 0) goto fail;
#endif
#ifdef EL2HLT
    if (errno_add(module, codes, "EL2HLT", EL2HLT) < 0) goto fail;
#endif
#ifdef EL2NSYNC
    if (errno_add(module, codes, "EL2NSYNC", EL2NSYNC) < 0) goto fail;
#endif
#ifdef EL3HLT
    if (errno_add(module, codes, "EL3HLT", EL3HLT) < 0) goto fail;
#endif
#ifdef EL3RST
    if (errno_add(module, codes, "EL3RST", EL3RST) < 0) goto fail;
#endif
#ifdef ELIBACC
    if (errno_add(module, codes, "ELIBACC", ELIBACC) < 0) goto fail;
#endif
#ifdef ELIBBAD
    if (errno_add(module, codes, "ELIBBAD", ELIBBAD) < 0) goto fail;
#endif
#ifdef ELIBEXEC
    if (errno_add(module, codes, "ELIBEXEC", ELIBEXEC) < 0) goto fail;
#endif
#ifdef ELIBMAX
    if (errno_add(module, codes, "ELIBMAX", ELIBMAX) < 0) goto fail;
#endif
#ifdef ELIBSCN
    if (errno_add(module, codes, "ELIBSCN", ELIBSCN) < 0) goto fail;
#endif
#ifdef ELNRNG
    if (errno_add(module, codes, "ELNRNG", ELNRNG) < 0) goto fail;
#endif
#ifdef ELOOP
    if (errno_add(module, codes, "ELOOP", ELOOP) < 0) goto fail;
#endif
#ifdef EMEDIUMTYPE
    if (errno_add(module, codes, "EMEDIUMTYPE", EMEDIUMTYPE) < 0) goto fail;
#endif
#ifdef EMFILE
    if (errno_add(module, codes, "EMFILE", EMFILE) < 0) goto fail;
#endif
#ifdef EMLINK
    if (errno_add(module, codes, "EMLINK", EMLINK) < 0) goto fail;
#endif
#ifdef EMSGSIZE
    if (errno_add(module, codes, "EMSGSIZE", EMSGSIZE) < 0) goto fail;
#endif
#ifdef EMULTIHOP
    if (errno_add(module, codes, "EMULTIHOP", EMULTIHOP) < 0) goto fail;
#endif
#ifdef ENAMETOOLONG
    if (errno_add(module, codes, "ENAMETOOLONG", ENAMETOOLONG) < 0) goto fail;
#endif
#ifdef ENAVAIL
    if (errno_add(module, codes, "ENAVAIL", ENAVAIL) < 0) goto fail;
#endif
#ifdef ENETDOWN
    if (errno_add(module, codes, "ENETDOWN", ENETDOWN) < 0) goto fail;
#endif
#ifdef ENETRESET
    if (errno_add(module, codes, "ENETRESET", ENETRESET) < 0) goto fail;
#endif
#ifdef ENETUNREACH
    if (errno_add(module, codes, "ENETUNREACH", ENETUNREACH) < 0) goto fail;
#endif
#ifdef ENFILE
    if (errno_add(module, codes, "ENFILE", ENFILE) < 0) goto fail;
#endif
#ifdef ENOANO
    if (errno_add(module, codes, "ENOANO", ENOANO) < 0) goto fail;
#endif
#ifdef ENOBUFS
    if (errno_add(module, codes, "ENOBUFS", ENOBUFS) < 0) goto fail;
#endif
#ifdef ENOCSI
    if (errno_add(module, codes, "ENOCSI", ENOCSI) < 0) goto fail;
#endif
#ifdef ENODATA
    if (errno_add(module, codes, "ENODATA", ENODATA) < 0) goto fail;
#endif
#ifdef ENODEV
    if (errno_add(module, codes, "ENODEV", ENODEV) < 0) goto fail;
#endif
#ifdef ENOENT
    if (errno_add(module, codes, "ENOENT", ENOENT) < 0) goto fail;
#endif
#ifdef ENOEXEC
    if (errno_add(module, codes, "ENOEXEC", ENOEXEC) < 0) goto fail;
#endif
#ifdef ENOKEY
    if (errno_add(module, codes, "ENOKEY", ENOKEY) < 0) goto fail;
#endif
#ifdef ENOLCK
    if (errno_add(module, codes, "ENOLCK", ENOLCK) < 0) goto fail;
#endif
#ifdef ENOLINK
    if (errno_add(module, codes, "ENOLINK", ENOLINK) < 0) goto fail;
#endif
#ifdef ENOMEDIUM
    if (errno_add(module, codes, "ENOMEDIUM", ENOMEDIUM) < 0) goto fail;
#endif
#ifdef ENOMEM
    if (errno_add(module, codes, "ENOMEM", ENOMEM) < 0) goto fail;
#endif
#ifdef ENOMSG
    if (errno_add(module, codes, "ENOMSG", ENOMSG) < 0) goto fail;
#endif
#ifdef ENONET
    if (errno_add(module, codes, "ENONET", ENONET) < 0) goto fail;
#endif
#ifdef ENOPKG
    if (errno_add(module, codes, "ENOPKG", ENOPKG) < 0) goto fail;
#endif
#ifdef ENOPROTOOPT
    if (errno_add(module, codes, "ENOPROTOOPT", ENOPROTOOPT) < 0) goto fail;
#endif
#ifdef ENOSPC
    if (errno_add(module, codes, "ENOSPC", ENOSPC) < 0) goto fail;
#endif
#ifdef ENOSR
    if (errno_add(module, codes, "ENOSR", ENOSR) < 0) goto fail;
#endif
#ifdef ENOSTR
    if (errno_add(module, codes, "ENOSTR", ENOSTR) < 0) goto fail;
#endif
#ifdef ENOSYS
    if (errno_add(module, codes, "ENOSYS", ENOSYS) < 0) goto fail;
#endif
#ifdef ENOTBLK
    if (errno_add(module, codes, "ENOTBLK", ENOTBLK) < 0) goto fail;
#endif
#ifdef ENOTCONN
    if (errno_add(module, codes, "ENOTCONN", ENOTCONN) < 0) goto fail;
#endif
#ifdef ENOTDIR
    if (errno_add(module, codes, "ENOTDIR", ENOTDIR) < 0) goto fail;
#endif
#ifdef ENOTEMPTY
    if (errno_add(module, codes, "ENOTEMPTY", ENOTEMPTY) < 0) goto fail;
#endif
#ifdef ENOTNAM
    if (errno_add(module, codes, "ENOTNAM", ENOTNAM) < 0) goto fail;
#endif
#ifdef ENOTRECOVERABLE
    if (errno_add(module, codes, "ENOTRECOVERABLE", ENOTRECOVERABLE) < 0) goto fail;
#endif
#ifdef ENOTSOCK
    if (errno_add(module, codes, "ENOTSOCK", ENOTSOCK) < 0) goto fail;
#endif
#ifdef ENOTTY
    if (errno_add(module, codes, "ENOTTY", ENOTTY) < 0) goto fail;
#endif
#ifdef ENOTUNIQ
    if (errno_add(module, codes, "ENOTUNIQ", ENOTUNIQ) < 0) goto fail;
#endif
#ifdef ENXIO
    if (errno_add(module, codes, "ENXIO", ENXIO) < 0) goto fail;
#endif
#ifdef EOPNOTSUPP
    if (errno_add(module, codes, "EOPNOTSUPP", EOPNOTSUPP) < 0) goto fail;
#endif
#ifdef EOVERFLOW
    if (errno_add(module, codes, "EOVERFLOW", EOVERFLOW) < 0) goto fail;
#endif
#ifdef EOWNERDEAD
    if (errno_add(module, codes, "EOWNERDEAD", EOWNERDEAD) < 0) goto fail;
#endif
#ifdef EPERM
    if (errno_add(module, codes, "EPERM", EPERM) < 0) goto fail;
#endif
#ifdef EPFNOSUPPORT
    if (errno_add(module, codes, "EPFNOSUPPORT", EPFNOSUPPORT) < 0) goto fail;
#endif
#ifdef EPIPE
    if (errno_add(module, codes, "EPIPE", EPIPE) < 0) goto fail;
#endif
#ifdef EPROTO
    if (errno_add(module, codes, "EPROTO", EPROTO) < 0) goto fail;
#endif
#ifdef EPROTONOSUPPORT
    if (errno_add(module, codes, "EPROTONOSUPPORT", EPROTONOSUPPORT) < 0) goto fail;
#endif
#ifdef EPROTOTYPE
    if (errno_add(module, codes, "EPROTOTYPE", EPROTOTYPE) < 0) goto fail;
#endif
#ifdef ERANGE
    if (errno_add(module, codes, "ERANGE", ERANGE) < 0) goto fail;
#endif
#ifdef EREMCHG
    if (errno_add(module, codes, "EREMCHG", EREMCHG) < 0) goto fail;
#endif
#ifdef EREMOTE
    if (errno_add(module, codes, "EREMOTE", EREMOTE) < 0) goto fail;
#endif
#ifdef EREMOTEIO
    if (errno_add(module, codes, "EREMOTEIO", EREMOTEIO) < 0) goto fail;
#endif
#ifdef ERESTART
    if (errno_add(module, codes, "ERESTART", ERESTART) < 0) goto fail;
#endif
#ifdef ERFKILL
    if (errno_add(module, codes, "ERFKILL", ERFKILL) < 0) goto fail;
#endif
#ifdef EROFS
    if (errno_add(module, codes, "EROFS", EROFS) < 0) goto fail;
#endif
#ifdef ESHUTDOWN
    if (errno_add(module, codes, "ESHUTDOWN", ESHUTDOWN) < 0) goto fail;
#endif
#ifdef ESOCKTNOSUPPORT
    if (errno_add(module, codes, "ESOCKTNOSUPPORT", ESOCKTNOSUPPORT) < 0) goto fail;
#endif
#ifdef ESPIPE
    if (errno_add(module, codes, "ESPIPE", ESPIPE) < 0) goto fail;
#endif
#ifdef ESRCH
    if (errno_add(module, codes, "ESRCH", ESRCH) < 0) goto fail;
#endif
#ifdef ESRMNT
    if (errno_add(module, codes, "ESRMNT", ESRMNT) < 0) goto fail;
#endif
#ifdef ESTALE
    if (errno_add(module, codes, "ESTALE", ESTALE) < 0) goto fail;
#endif
#ifdef ESTRPIPE
    if (errno_add(module, codes, "ESTRPIPE", ESTRPIPE) < 0) goto fail;
#endif
#ifdef ETIME
    if (errno_add(module, codes, "ETIME", ETIME) < 0) goto fail;
#endif
#ifdef ETIMEDOUT
    if (errno_add(module, codes, "ETIMEDOUT", ETIMEDOUT) < 0) goto fail;
#endif
#ifdef ETOOMANYREFS
    if (errno_add(module, codes, "ETOOMANYREFS", ETOOMANYREFS) < 0) goto fail;
#endif
#ifdef ETXTBSY
    if (errno_add(module, codes, "ETXTBSY", ETXTBSY) < 0) goto fail;
#endif
#ifdef EUCLEAN
    if (errno_add(module, codes, "EUCLEAN", EUCLEAN) < 0) goto fail;
#endif
#ifdef EUNATCH
    if (errno_add(module, codes, "EUNATCH", EUNATCH) < 0) goto fail;
#endif
#ifdef EUSERS
    if (errno_add(module, codes, "EUSERS", EUSERS) < 0) goto fail;
#endif
#ifdef EWOULDBLOCK
    if (errno_add(module, codes, "EWOULDBLOCK", EWOULDBLOCK) < 0) goto fail;
#endif
#ifdef EXDEV
    if (errno_add(module, codes, "EXDEV", EXDEV) < 0) goto fail;
#endif
#ifdef EXFULL
    if (errno_add(module, codes, "EXFULL", EXFULL) < 0) goto fail;
#endif
#ifdef EAGAIN
    if (errno_add(module, codes, "EAGAIN", EAGAIN) < 0) goto fail;
#endif
#ifdef ENOTSUP
    if (errno_add(module, codes, "ENOTSUP", ENOTSUP) < 0) goto fail;
#endif
    return kr_module_add_steal(module, "errorcode", codes);
fail:
    KR_DECREF(codes);
    return -1;
}

KrModuleDef kr_errnomodule_def = {
    .name = "errno",
    .doc = "This module makes available standard errno system symbols.\n\n"
           "The value of each symbol is the corresponding integer value,\n"
           "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
           "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
           "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
           "Symbols that are not relevant to the underlying system are not defined.\n\n"
           "To map error codes to error messages, use the function os.strerror(),\n"
           "e.g. os.strerror(2) could return 'No such file or directory'.",
    .exec = errno_exec,
};
