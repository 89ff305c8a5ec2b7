/* Standard-C file hooks for shapelib (SASetupDefaultHooks), used only by the WebAssembly build of
 * shapelib that scripts/setup_wasm_libs.sh makes when Debian's shapelib source package cannot be
 * fetched and it falls back to the copy of shapelib bundled in GDAL's source package: GDAL ships
 * shpopen.c/dbfopen.c/shptree.c/sbnsearch.c but replaces shapelib's safileio.c with its own VSI
 * hooks. This file gives the same behaviour as upstream safileio.c (stdio FILE* behind SAFile;
 * SAHooks in shapefil.h, shapelib 1.5.0) so SHPOpen()/DBFOpen() work as in the native library. */
#include "shapefil.h"

#include <stdio.h>
#include <stdlib.h>

static SAFile ct_sa_open(const char *filename, const char *access)
{
    return (SAFile)fopen(filename, access);
}

static SAOffset ct_sa_read(void *p, SAOffset size, SAOffset nmemb, SAFile file)
{
    return (SAOffset)fread(p, (size_t)size, (size_t)nmemb, (FILE *)file);
}

static SAOffset ct_sa_write(void *p, SAOffset size, SAOffset nmemb, SAFile file)
{
    return (SAOffset)fwrite(p, (size_t)size, (size_t)nmemb, (FILE *)file);
}

static SAOffset ct_sa_seek(SAFile file, SAOffset offset, int whence)
{
    return (SAOffset)fseek((FILE *)file, (long)offset, whence);
}

static SAOffset ct_sa_tell(SAFile file)
{
    return (SAOffset)ftell((FILE *)file);
}

static int ct_sa_flush(SAFile file)
{
    return fflush((FILE *)file);
}

static int ct_sa_close(SAFile file)
{
    return fclose((FILE *)file);
}

static int ct_sa_remove(const char *filename)
{
    return remove(filename);
}

static void ct_sa_error(const char *message)
{
    fprintf(stderr, "%s\n", message);
}

static double ct_sa_atof(const char *str)
{
    return atof(str);
}

void SHPAPI_CALL SASetupDefaultHooks(SAHooks *psHooks)
{
    psHooks->FOpen = ct_sa_open;
    psHooks->FRead = ct_sa_read;
    psHooks->FWrite = ct_sa_write;
    psHooks->FSeek = ct_sa_seek;
    psHooks->FTell = ct_sa_tell;
    psHooks->FFlush = ct_sa_flush;
    psHooks->FClose = ct_sa_close;
    psHooks->Remove = ct_sa_remove;
    psHooks->Error = ct_sa_error;
    psHooks->Atof = ct_sa_atof;
}
