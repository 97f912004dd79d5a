/* Stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks.  Rust's std (>= 1.78, used by the
 * `cryptography` wheel) imports ProcessPrng from it; this forwards to RtlGenRandom
 * (advapi32!SystemFunction036), which Wine has.  Only for running Windows wheels under Wine in CI:
 * real Windows 10/11 has the genuine DLL.
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
