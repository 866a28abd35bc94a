/* sha512module.c — the _sha512 module: sha512()/sha384() constructors and
 * hash objects (update, digest, hexdigest, copy, name, digest_size,
 * block_size) computed with OpenSSL's EVP digest API. */
#include "sha512module.h"
#include "../objects/type.h"
#include "../objects/args.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../vm/err.h"

#include <openssl/evp.h>
#include <string.h>

typedef struct {
    KrObject ob_base;
    EVP_MD_CTX *ctx;
} KrShaObject;

static int sha_is384(KrObject *self) { return KR_TYPE(self) == &kr_sha384_type; }

/* Feeds the bytes-like obj into self's context. 0 or -1 + TypeError. */
static int sha_feed(KrShaObject *self, KrObject *obj)
{
    if (KR_STR_CHECK(obj)) {
        kr_err_set_string(kr_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!KR_TYPE(obj)->tp_as_buffer || !KR_TYPE(obj)->tp_as_buffer->bf_getbuffer) {
        kr_err_set_string(kr_exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    KrBuffer view;
    if (kr_object_get_buffer(obj, &view, KR_BUF_SIMPLE) < 0) return -1;
    int ok = EVP_DigestUpdate(self->ctx, view.buf, (size_t)view.len);
    kr_buffer_release(&view);
    if (!ok) {
        kr_err_set_string(kr_exc_ValueError, "hash update failed");
        return -1;
    }
    return 0;
}

static KrShaObject *sha_alloc(KrTypeObject *type)
{
    KrShaObject *s = (KrShaObject *)type->tp_alloc(type, 0);
    if (!s) return NULL;
    s->ctx = EVP_MD_CTX_new();
    if (!s->ctx) { KR_DECREF(s); kr_err_no_memory(); return NULL; }
    return s;
}

static KrObject *sha_make(KrTypeObject *type, const char *fname, KrObject *const *args, ssize_t nargs,
                          KrObject *kwnames)
{
    static const char *const names[] = { "string", "usedforsecurity", NULL };
    KrArgSpec spec = { fname, names, 0, 1, 0 };
    KrObject *out[2];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    KrShaObject *s = sha_alloc(type);
    if (!s) return NULL;
    const EVP_MD *md = type == &kr_sha384_type ? EVP_sha384() : EVP_sha512();
    if (!EVP_DigestInit_ex(s->ctx, md, NULL)) {
        KR_DECREF(s);
        kr_err_set_string(kr_exc_ValueError, "hash initialization failed");
        return NULL;
    }
    if (out[0] && sha_feed(s, out[0]) < 0) { KR_DECREF(s); return NULL; }
    return (KrObject *)s;
}

static KrObject *sha512_sha512(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    (void)m;
    return sha_make(&kr_sha512_type, "sha512", args, nargs, kwnames);
}

static KrObject *sha512_sha384(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    (void)m;
    return sha_make(&kr_sha384_type, "sha384", args, nargs, kwnames);
}

static void sha_dealloc(KrObject *o)
{
    EVP_MD_CTX_free(((KrShaObject *)o)->ctx);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *SHA_update(KrObject *self, KrObject *arg)
{
    if (sha_feed((KrShaObject *)self, arg) < 0) return NULL;
    KR_RETURN_NONE;
}

/* Writes the digest of a copy of self's context into out; its length or -1. */
static int sha_final(KrObject *self, unsigned char *out)
{
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    unsigned int len = 0;
    if (!c || !EVP_MD_CTX_copy_ex(c, ((KrShaObject *)self)->ctx) || !EVP_DigestFinal_ex(c, out, &len)) {
        EVP_MD_CTX_free(c);
        kr_err_set_string(kr_exc_ValueError, "hash finalization failed");
        return -1;
    }
    EVP_MD_CTX_free(c);
    return (int)len;
}

static KrObject *SHA_digest(KrObject *self, KrObject *unused)
{
    (void)unused;
    unsigned char buf[EVP_MAX_MD_SIZE];
    int n = sha_final(self, buf);
    if (n < 0) return NULL;
    return kr_bytes_from(buf, n);
}

static KrObject *SHA_hexdigest(KrObject *self, KrObject *unused)
{
    (void)unused;
    unsigned char buf[EVP_MAX_MD_SIZE];
    char hex[2 * EVP_MAX_MD_SIZE];
    int n = sha_final(self, buf);
    if (n < 0) return NULL;
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < n; i++) {
        hex[2 * i] = digits[buf[i] >> 4];
        hex[2 * i + 1] = digits[buf[i] & 15];
    }
    return kr_str_from_utf8(hex, 2 * n);
}

static KrObject *SHA_copy(KrObject *self, KrObject *unused)
{
    (void)unused;
    KrShaObject *s = sha_alloc(KR_TYPE(self));
    if (!s) return NULL;
    if (!EVP_MD_CTX_copy_ex(s->ctx, ((KrShaObject *)self)->ctx)) {
        KR_DECREF(s);
        kr_err_set_string(kr_exc_ValueError, "hash copy failed");
        return NULL;
    }
    return (KrObject *)s;
}

static KrObject *sha_get_name(KrObject *self, void *closure)
{
    (void)closure;
    return kr_str_from_cstr(sha_is384(self) ? "sha384" : "sha512");
}

static KrObject *sha_get_digest_size(KrObject *self, void *closure)
{
    (void)closure;
    return kr_int_from_i64(sha_is384(self) ? 48 : 64);
}

static KrObject *sha_get_block_size(KrObject *self, void *closure)
{
    (void)self; (void)closure;
    return kr_int_from_i64(128);
}

static KrMethodDef sha_methods[] = {
    { "copy", (void *)SHA_copy, KR_METH_NOARGS, "Return a copy of the hash object." },
    { "digest", (void *)SHA_digest, KR_METH_NOARGS, "Return the digest value as a bytes object." },
    { "hexdigest", (void *)SHA_hexdigest, KR_METH_NOARGS, "Return the digest value as a string of hexadecimal digits." },
    { "update", (void *)SHA_update, KR_METH_O, "Update this hash object's state with the provided string." },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef sha_getset[] = {
    { "block_size", sha_get_block_size, NULL, NULL, NULL },
    { "name", sha_get_name, NULL, NULL, NULL },
    { "digest_size", sha_get_digest_size, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_sha512_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_sha512.sha512",
    .tp_basicsize = sizeof(KrShaObject),
    .tp_dealloc = sha_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_methods = sha_methods,
    .tp_getset = sha_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

KrTypeObject kr_sha384_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_sha512.sha384",
    .tp_basicsize = sizeof(KrShaObject),
    .tp_dealloc = sha_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_methods = sha_methods,
    .tp_getset = sha_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

static KrMethodDef sha512_functions[] = {
    { "sha384", (void *)sha512_sha384, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a new SHA-384 hash object; optionally initialized with a string." },
    { "sha512", (void *)sha512_sha512, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a new SHA-512 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};

static int sha512_exec(KrObject *m)
{
    if (kr_type_ready(&kr_sha512_type) < 0) return -1;
    if (kr_type_ready(&kr_sha384_type) < 0) return -1;
    (void)m;
    return 0;
}

KrModuleDef kr_sha512module_def = {
    .name = "_sha512",
    .doc = NULL,
    .methods = sha512_functions,
    .exec = sha512_exec,
};
