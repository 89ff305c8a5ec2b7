// Compiling and linking GLSL ES 3.00 programs. Errors are logged with the shader's name and the
// driver's info log and reported as a 0 handle; nothing throws.
#pragma once

#include <GLES3/gl3.h>

namespace render {

// Returns the linked program, or 0 after printing the compile/link log to stderr.
GLuint link_program(const char* name, const char* vertex_source, const char* fragment_source);

}  // namespace render
