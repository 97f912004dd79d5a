/* Stand-in for Windows' icuuc.dll (the system ICU of Windows 10 1903+), which Wine 8 lacks.  Qt 6's
 * Qt6Core.dll imports the ucnv_* converter API for QStringConverter's codecs beyond UTF-8/16/32 and
 * Latin-1; ArchDesk uses only the built-in ones, so every converter fails to open here
 * (U_UNSUPPORTED_ERROR) and no other call is reached.  Only for running Windows wheels under Wine
 * in CI: real Windows has the genuine DLL.
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc.c */
#include <stddef.h>

#define API __declspec(dllexport)
typedef int UErrorCode;
enum { U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_UNSUPPORTED_ERROR; }

API void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
API void ucnv_close(void *cnv) { (void)cnv; }
API void ucnv_reset(void *cnv) { (void)cnv; }
API signed char ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
API const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
API void ucnv_getToUCallBack(const void *cnv, void **action, const void **context)
{ (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
API void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context)
{ (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
API void ucnv_setToUCallBack(void *cnv, void *action, const void *ctx, void **old, const void **oldCtx,
                             UErrorCode *err)
{ (void)cnv; (void)action; (void)ctx; (void)old; (void)oldCtx; fail(err); }
API void ucnv_setFromUCallBack(void *cnv, void *action, const void *ctx, void **old, const void **oldCtx,
                               UErrorCode *err)
{ (void)cnv; (void)action; (void)ctx; (void)old; (void)oldCtx; fail(err); }
API void ucnv_cbToUWriteUChars(void *args, const void *source, int length, int offsetIndex, UErrorCode *err)
{ (void)args; (void)source; (void)length; (void)offsetIndex; fail(err); }
API void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int offsetIndex,
                                 UErrorCode *err)
{ (void)args; (void)source; (void)limit; (void)offsetIndex; fail(err); }
API void ucnv_toUnicode(void *cnv, void **target, const void *targetLimit, const char **source,
                        const char *sourceLimit, int *offsets, signed char flush, UErrorCode *err)
{ (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets; (void)flush; fail(err); }
API void ucnv_fromUnicode(void *cnv, char **target, const char *targetLimit, const void **source,
                          const void *sourceLimit, int *offsets, signed char flush, UErrorCode *err)
{ (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets; (void)flush; fail(err); }
API int ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
API int ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
API const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{ (void)name; (void)standard; fail(err); return NULL; }
API const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
API int ucnv_countAvailable(void) { return 0; }
/* The two standard callbacks (UConverterFromUCallback / UConverterToUCallback); never invoked. */
API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const void *codeUnits, int length,
                                         int codePoint, int reason, UErrorCode *err)
{ (void)ctx; (void)args; (void)codeUnits; (void)length; (void)codePoint; (void)reason; fail(err); }
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const char *codeUnits, int length,
                                       int reason, UErrorCode *err)
{ (void)ctx; (void)args; (void)codeUnits; (void)length; (void)reason; fail(err); }
