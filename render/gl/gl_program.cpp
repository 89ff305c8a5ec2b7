#include "render/gl/gl_program.hpp"

#include <cstdio>
#include <vector>

namespace render {
namespace {

GLuint compile(const char* name, GLenum stage, const char* source) {
  GLuint shader = glCreateShader(stage);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return shader;
  GLint length = 0;
  glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
  std::vector<char> log(static_cast<size_t>(length > 1 ? length : 1), '\0');
  glGetShaderInfoLog(shader, length, nullptr, log.data());
  std::fprintf(stderr, "CarbonTwin: %s %s shader failed to compile: %s\n", name,
               stage == GL_VERTEX_SHADER ? "vertex" : "fragment", log.data());
  glDeleteShader(shader);
  return 0;
}

}  // namespace

GLuint link_program(const char* name, const char* vertex_source, const char* fragment_source) {
  GLuint vs = compile(name, GL_VERTEX_SHADER, vertex_source);
  GLuint fs = compile(name, GL_FRAGMENT_SHADER, fragment_source);
  if (vs == 0 || fs == 0) {
    if (vs) glDeleteShader(vs);
    if (fs) glDeleteShader(fs);
    return 0;
  }
  GLuint program = glCreateProgram();
  glAttachShader(program, vs);
  glAttachShader(program, fs);
  glLinkProgram(program);
  glDeleteShader(vs);  // flagged for deletion; freed with the program
  glDeleteShader(fs);
  GLint ok = GL_FALSE;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (ok == GL_TRUE) return program;
  GLint length = 0;
  glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
  std::vector<char> log(static_cast<size_t>(length > 1 ? length : 1), '\0');
  glGetProgramInfoLog(program, length, nullptr, log.data());
  std::fprintf(stderr, "CarbonTwin: %s program failed to link: %s\n", name, log.data());
  glDeleteProgram(program);
  return 0;
}

}  // namespace render
