// Draws the city with WebGL2 / OpenGL ES 3: flat ground layers (one draw for surfaces and
// ribbons, one for station discs), the merged building mesh (one draw) and, when set, the transport
// overlay (one draw for ribbons, one for discs). Buffers are uploaded
// once; per frame only uniforms change. Building colours live in a texture, replaced on a colour
// mode change; hover and selection are two uniforms, so highlighting costs nothing.
#pragma once

#include <GLES3/gl3.h>

#include <cstdint>
#include <vector>

#include "render/mesh/camera.hpp"
#include "render/mesh/city_mesh.hpp"
#include "render/mesh/palette.hpp"
#include "render/mesh/transport_overlay.hpp"
#include "twin/city/city.hpp"

namespace render {

class CityRenderer {
 public:
  CityRenderer() = default;
  CityRenderer(const CityRenderer&) = delete;
  CityRenderer& operator=(const CityRenderer&) = delete;
  ~CityRenderer();

  // Compiles the programs; false (with a logged reason) if the GL context cannot run them.
  bool init();
  void upload(const twin::City& city, const CityMesh& mesh);
  void set_building_colours(const std::vector<Rgb>& colours);
  // Replaces the transport overlay (drawn over the ground layers, under the buildings); an empty
  // overlay draws nothing. Two draws (ribbons, discs) whatever its size.
  void set_overlay(const TransportOverlay& overlay);
  // Clears and draws into the current framebuffer; the viewport is width_px × height_px.
  void draw(const OrbitCamera& camera, int width_px, int height_px, std::int32_t hovered,
            std::int32_t selected) const;

  std::uint64_t triangle_count() const {
    return (building_index_count_ + flat_index_count_ + overlay_index_count_) / 3;
  }

 private:
  GLuint building_program_ = 0, flat_program_ = 0;
  GLuint building_vao_ = 0, building_vbo_ = 0, building_ibo_ = 0;
  GLuint flat_vao_ = 0, flat_vbo_ = 0, flat_ibo_ = 0;
  GLuint overlay_vao_ = 0, overlay_vbo_ = 0, overlay_ibo_ = 0;
  std::uint32_t overlay_index_count_ = 0, overlay_disc_begin_ = 0;
  GLuint colour_texture_ = 0;
  std::uint32_t building_index_count_ = 0;
  std::uint32_t flat_index_count_ = 0, disc_index_begin_ = 0;
  // Uniform locations, looked up once after linking.
  GLint b_view_proj_ = -1, b_colours_ = -1, b_hovered_ = -1, b_selected_ = -1, b_sun_dir_ = -1;
  GLint f_view_proj_ = -1, f_eye_ = -1, f_m_per_px_ = -1, f_disc_ = -1, f_lift_ = -1;
};

}  // namespace render
