#ifndef COURIER_CURL_SHIM_H
#define COURIER_CURL_SHIM_H
/* Non-variadic wrappers over libcurl's variadic curl_easy_setopt and curl_easy_getinfo,
 * so Swift can call them. Each wrapper passes its argument through unchanged. */
#include <curl/curl.h>

/* A libcurl write or header callback (same signature as curl_write_callback). */
typedef size_t (*courier_write_callback)(char *buffer, size_t size, size_t nitems, void *userdata);

/* Sets an option that takes a long (flags, numbers, enums). */
CURLcode courier_setopt_long(CURL *handle, CURLoption option, long value);
/* Sets an option that takes a pointer: a C string, user data, a blob, or NULL. */
CURLcode courier_setopt_pointer(CURL *handle, CURLoption option, const void *value);
/* Sets an option that takes a curl_off_t (sizes of large bodies and files). */
CURLcode courier_setopt_off(CURL *handle, CURLoption option, curl_off_t value);
/* Sets an option that takes a write-style callback (CURLOPT_WRITEFUNCTION, CURLOPT_HEADERFUNCTION). */
CURLcode courier_setopt_write_callback(CURL *handle, CURLoption option, courier_write_callback value);
/* Sets an option that takes a string list (CURLOPT_HTTPHEADER, CURLOPT_CONNECT_TO, ...). */
CURLcode courier_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);
/* Sets an option that takes a struct curl_blob (CURLOPT_CAINFO_BLOB, ...); curl copies the bytes. */
CURLcode courier_setopt_blob(CURL *handle, CURLoption option, const void *data, size_t length);

/* Reads a long-valued piece of information (CURLINFO_RESPONSE_CODE, ...). */
CURLcode courier_getinfo_long(CURL *handle, CURLINFO info, long *value);
/* Reads a double-valued piece of information. */
CURLcode courier_getinfo_double(CURL *handle, CURLINFO info, double *value);
/* Reads a curl_off_t-valued piece of information (the *_TIME_T and *_SIZE_*_T infos). */
CURLcode courier_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value);
/* Reads a string-valued piece of information; the string belongs to curl (may be NULL). */
CURLcode courier_getinfo_string(CURL *handle, CURLINFO info, const char **value);
/* Reads a string-list-valued piece of information; free it with curl_slist_free_all. */
CURLcode courier_getinfo_slist(CURL *handle, CURLINFO info, struct curl_slist **value);

/* The default CA bundle path this libcurl was built with, or NULL. */
const char *courier_default_cainfo(void);
/* Whether this libcurl can decode brotli ("br") content. */
int courier_has_brotli(void);

#endif
