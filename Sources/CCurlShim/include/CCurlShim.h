#ifndef COURIER_CURL_SHIM_H
#define COURIER_CURL_SHIM_H
#include <curl/curl.h>
/* Placeholder; the HTTP transport fills this in. */
#endif
