#include "CCurlShim.h"

/* The parentheses around curl_easy_setopt/curl_easy_getinfo bypass curl's type-checking macros:
 * each wrapper's parameter type already fixes the argument type. */

CURLcode courier_setopt_long(CURL *handle, CURLoption option, long value) {
    return (curl_easy_setopt)(handle, option, value);
}

CURLcode courier_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return (curl_easy_setopt)(handle, option, value);
}

CURLcode courier_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return (curl_easy_setopt)(handle, option, value);
}

CURLcode courier_setopt_write_callback(CURL *handle, CURLoption option, courier_write_callback value) {
    return (curl_easy_setopt)(handle, option, value);
}

CURLcode courier_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return (curl_easy_setopt)(handle, option, value);
}

CURLcode courier_setopt_blob(CURL *handle, CURLoption option, const void *data, size_t length) {
    struct curl_blob blob;
    blob.data = (void *)data;
    blob.len = length;
    blob.flags = CURL_BLOB_COPY;
    return (curl_easy_setopt)(handle, option, &blob);
}

CURLcode courier_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return (curl_easy_getinfo)(handle, info, value);
}

CURLcode courier_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return (curl_easy_getinfo)(handle, info, value);
}

CURLcode courier_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value) {
    return (curl_easy_getinfo)(handle, info, value);
}

CURLcode courier_getinfo_string(CURL *handle, CURLINFO info, const char **value) {
    return (curl_easy_getinfo)(handle, info, value);
}

CURLcode courier_getinfo_slist(CURL *handle, CURLINFO info, struct curl_slist **value) {
    return (curl_easy_getinfo)(handle, info, value);
}

const char *courier_default_cainfo(void) {
    curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    return info ? info->cainfo : NULL;
}

int courier_has_brotli(void) {
    curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    return info && (info->features & CURL_VERSION_BROTLI) ? 1 : 0;
}
