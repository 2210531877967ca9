#include <JavaScriptCore/JavaScript.h>

/* Exported by libjavascriptcoregtk (and the macOS framework) but absent from the public
 * headers: a per-group execution time limit, used for --timeout-script. */
typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void *context);
void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                         JSShouldTerminateCallback callback, void *context);
void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);
