#include "render/gl/city_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>

#include <glm/gtc/type_ptr.hpp>

#include "render/gl/city_shaders.hpp"
#include "render/gl/flat_layers.hpp"
#include "render/gl/gl_program.hpp"

namespace render {
namespace {

constexpr int kColourTextureWidth = 1024;  // must match the shader's id & 1023, id >> 10
// Sky behind the city, also the clear colour: a pale hazy blue.
constexpr float kSky[3] = {0.84f, 0.89f, 0.94f};

const void* byte_offset(std::size_t offset) { return reinterpret_cast<const void*>(offset); }

// Attribute layout of FlatVertex for the bound VAO and array buffer.
void flat_vertex_attributes() {
  constexpr GLsizei fstride = sizeof(FlatVertex);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, fstride, byte_offset(offsetof(FlatVertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, fstride, byte_offset(offsetof(FlatVertex, offset)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, fstride, byte_offset(offsetof(FlatVertex, width_m)));
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, fstride, byte_offset(offsetof(FlatVertex, min_width_px)));
  glEnableVertexAttribArray(4);
  glVertexAttribPointer(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, fstride, byte_offset(offsetof(FlatVertex, colour)));
}

}  // namespace

CityRenderer::~CityRenderer() {
  const GLuint buffers[] = {building_vbo_, building_ibo_, flat_vbo_, flat_ibo_, overlay_vbo_, overlay_ibo_};
  glDeleteBuffers(6, buffers);
  const GLuint arrays[] = {building_vao_, flat_vao_, overlay_vao_};
  glDeleteVertexArrays(3, arrays);
  glDeleteTextures(1, &colour_texture_);
  glDeleteProgram(building_program_);
  glDeleteProgram(flat_program_);
}

bool CityRenderer::init() {
  building_program_ = link_program("building", shaders::kBuildingVertex, shaders::kBuildingFragment);
  flat_program_ = link_program("flat", shaders::kFlatVertex, shaders::kFlatFragment);
  if (building_program_ == 0 || flat_program_ == 0) return false;
  b_view_proj_ = glGetUniformLocation(building_program_, "u_view_proj");
  b_colours_ = glGetUniformLocation(building_program_, "u_colours");
  b_hovered_ = glGetUniformLocation(building_program_, "u_hovered");
  b_selected_ = glGetUniformLocation(building_program_, "u_selected");
  b_sun_dir_ = glGetUniformLocation(building_program_, "u_sun_dir");
  f_view_proj_ = glGetUniformLocation(flat_program_, "u_view_proj");
  f_eye_ = glGetUniformLocation(flat_program_, "u_eye");
  f_m_per_px_ = glGetUniformLocation(flat_program_, "u_m_per_px_per_m");
  f_disc_ = glGetUniformLocation(flat_program_, "u_disc");
  f_lift_ = glGetUniformLocation(flat_program_, "u_lift_m");
  glGenVertexArrays(1, &building_vao_);
  glGenVertexArrays(1, &flat_vao_);
  glGenBuffers(1, &building_vbo_);
  glGenBuffers(1, &building_ibo_);
  glGenBuffers(1, &flat_vbo_);
  glGenBuffers(1, &flat_ibo_);
  glGenVertexArrays(1, &overlay_vao_);
  glGenBuffers(1, &overlay_vbo_);
  glGenBuffers(1, &overlay_ibo_);
  glGenTextures(1, &colour_texture_);
  return true;
}

void CityRenderer::upload(const twin::City& city, const CityMesh& mesh) {
  // Buildings: interleaved BuildingVertex, uint32 indices (WebGL2 has them natively).
  glBindVertexArray(building_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, building_vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.buildings.vertices.size() * sizeof(BuildingVertex)),
               mesh.buildings.vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, building_ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(mesh.buildings.indices.size() * sizeof(std::uint32_t)),
               mesh.buildings.indices.data(), GL_STATIC_DRAW);
  constexpr GLsizei bstride = sizeof(BuildingVertex);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, bstride, byte_offset(offsetof(BuildingVertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, bstride, byte_offset(offsetof(BuildingVertex, normal)));
  glEnableVertexAttribArray(2);
  glVertexAttribIPointer(2, 1, GL_UNSIGNED_INT, bstride, byte_offset(offsetof(BuildingVertex, building)));
  building_index_count_ = static_cast<std::uint32_t>(mesh.buildings.indices.size());

  // Flat layers, built on the CPU once.
  const FlatLayers flat = build_flat_layers(city, mesh);
  glBindVertexArray(flat_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, flat_vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(flat.vertices.size() * sizeof(FlatVertex)),
               flat.vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, flat_ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(flat.indices.size() * sizeof(std::uint32_t)),
               flat.indices.data(), GL_STATIC_DRAW);
  flat_vertex_attributes();
  flat_index_count_ = static_cast<std::uint32_t>(flat.indices.size());
  disc_index_begin_ = flat.disc_index_begin;
  glBindVertexArray(0);
}

void CityRenderer::set_overlay(const TransportOverlay& overlay) {
  const FlatLayers layers = build_overlay_layers(overlay);
  glBindVertexArray(overlay_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, overlay_vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(layers.vertices.size() * sizeof(FlatVertex)),
               layers.vertices.data(), GL_DYNAMIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, overlay_ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(layers.indices.size() * sizeof(std::uint32_t)),
               layers.indices.data(), GL_DYNAMIC_DRAW);
  flat_vertex_attributes();
  glBindVertexArray(0);
  overlay_index_count_ = static_cast<std::uint32_t>(layers.indices.size());
  overlay_disc_begin_ = layers.disc_index_begin;
}

void CityRenderer::set_building_colours(const std::vector<Rgb>& colours) {
  const int rows = static_cast<int>((colours.size() + kColourTextureWidth - 1) / kColourTextureWidth);
  std::vector<std::uint8_t> texels(static_cast<std::size_t>(rows > 0 ? rows : 1) * kColourTextureWidth * 4, 255);
  const auto to_byte = [](float v) {
    return static_cast<std::uint8_t>(std::lround(255.0f * (v < 0 ? 0 : v > 1 ? 1 : v)));
  };
  for (std::size_t i = 0; i < colours.size(); ++i) {
    texels[4 * i + 0] = to_byte(colours[i].r);
    texels[4 * i + 1] = to_byte(colours[i].g);
    texels[4 * i + 2] = to_byte(colours[i].b);
  }
  glBindTexture(GL_TEXTURE_2D, colour_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kColourTextureWidth, rows > 0 ? rows : 1, 0, GL_RGBA,
               GL_UNSIGNED_BYTE, texels.data());
}

void CityRenderer::draw(const OrbitCamera& camera, int width_px, int height_px, std::int32_t hovered,
                        std::int32_t selected) const {
  glViewport(0, 0, width_px, height_px);
  glClearColor(kSky[0], kSky[1], kSky[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  if (width_px <= 0 || height_px <= 0) return;
  const glm::mat4 view_proj =
      camera.projection(static_cast<double>(width_px) / height_px) * camera.view();
  const glm::vec3 eye(camera.eye());

  // Ground layers need no depth: painter's order within the index buffer, and buildings drawn
  // after them with the depth test always win.
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_BLEND);
  glUseProgram(flat_program_);
  glUniformMatrix4fv(f_view_proj_, 1, GL_FALSE, glm::value_ptr(view_proj));
  glUniform3fv(f_eye_, 1, glm::value_ptr(eye));
  glUniform1f(f_m_per_px_, static_cast<float>(2.0 * std::tan(0.5 * camera.fov_y_rad) / height_px));
  glUniform1f(f_lift_, 0.0f);
  glBindVertexArray(flat_vao_);
  glUniform1i(f_disc_, 0);
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(disc_index_begin_), GL_UNSIGNED_INT, nullptr);
  glUniform1i(f_disc_, 1);
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(flat_index_count_ - disc_index_begin_),
                 GL_UNSIGNED_INT, byte_offset(disc_index_begin_ * sizeof(std::uint32_t)));

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  // Walls and roofs are counter-clockwise seen from outside (render/mesh): skip the back half.
  glEnable(GL_CULL_FACE);
  glCullFace(GL_BACK);
  glFrontFace(GL_CCW);
  glUseProgram(building_program_);
  glUniformMatrix4fv(b_view_proj_, 1, GL_FALSE, glm::value_ptr(view_proj));
  glUniform1i(b_hovered_, hovered);
  glUniform1i(b_selected_, selected);
  const glm::vec3 sun = glm::normalize(glm::vec3(-0.45f, -0.6f, 0.75f));
  glUniform3fv(b_sun_dir_, 1, glm::value_ptr(sun));
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, colour_texture_);
  glUniform1i(b_colours_, 0);
  glBindVertexArray(building_vao_);
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(building_index_count_), GL_UNSIGNED_INT, nullptr);
  glDisable(GL_CULL_FACE);

  // The transport overlay after the buildings, lifted above the low ones so streets between dense
  // blocks still show their flows; towers in front still hide it (depth test, no depth writes).
  if (overlay_index_count_ > 0) {
    glDepthFunc(GL_LEQUAL);
    glDepthMask(GL_FALSE);
    glUseProgram(flat_program_);
    glUniform1f(f_lift_, static_cast<float>(std::clamp(0.003 * camera.distance_m, 3.0, 40.0)));
    glBindVertexArray(overlay_vao_);
    glUniform1i(f_disc_, 0);
    if (overlay_disc_begin_ > 0)
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(overlay_disc_begin_), GL_UNSIGNED_INT, nullptr);
    glUniform1i(f_disc_, 1);
    if (overlay_index_count_ > overlay_disc_begin_)
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(overlay_index_count_ - overlay_disc_begin_), GL_UNSIGNED_INT,
                     byte_offset(overlay_disc_begin_ * sizeof(std::uint32_t)));
    glUniform1f(f_lift_, 0.0f);
    glDepthMask(GL_TRUE);
    glDepthFunc(GL_LESS);
  }
  glBindVertexArray(0);
  glDisable(GL_DEPTH_TEST);
}

}  // namespace render
