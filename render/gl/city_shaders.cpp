#include "render/gl/city_shaders.hpp"

namespace render::shaders {

const char* const kBuildingVertex = R"(#version 300 es
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in uint a_building;
uniform mat4 u_view_proj;
uniform sampler2D u_colours;   // RGBA8, 1024 texels per row, one per building
uniform int u_hovered;         // building index or -1
uniform int u_selected;
out vec3 v_normal;
out vec3 v_colour;
out float v_height_m;
flat out int v_state;          // 0 plain, 1 hovered, 2 selected
void main() {
  int id = int(a_building);
  v_colour = texelFetch(u_colours, ivec2(id & 1023, id >> 10), 0).rgb;
  v_state = id == u_selected ? 2 : (id == u_hovered ? 1 : 0);
  v_normal = a_normal;
  v_height_m = a_position.z;
  gl_Position = u_view_proj * vec4(a_position, 1.0);
}
)";

// Lighting: one sun (south-west, fairly high, as on a winter-noon map) plus a sky/ground hemisphere
// ambient, and darker wall feet as a cheap stand-in for ambient occlusion.
const char* const kBuildingFragment = R"(#version 300 es
precision highp float;
in vec3 v_normal;
in vec3 v_colour;
in float v_height_m;
flat in int v_state;
uniform vec3 u_sun_dir;
out vec4 o_colour;
void main() {
  vec3 n = normalize(v_normal);
  float sun = max(dot(n, u_sun_dir), 0.0);
  float sky = 0.5 + 0.5 * n.z;
  vec3 ambient = mix(vec3(0.42, 0.40, 0.38), vec3(0.62, 0.66, 0.72), sky);
  float foot = n.z > 0.5 ? 1.0 : mix(0.72, 1.0, smoothstep(0.0, 24.0, v_height_m));
  // Highlights change the base colour, not the lit result, so they keep their shading.
  vec3 base = v_colour;
  if (v_state == 1) base = mix(base, vec3(1.0, 0.97, 0.88), 0.55);
  if (v_state == 2) base = vec3(1.0, 0.80, 0.10);
  vec3 c = base * (ambient + 0.62 * sun * vec3(1.0, 0.97, 0.90)) * foot;
  if (v_state == 2) c += vec3(0.10, 0.07, 0.0);  // a little glow so it reads from far away
  o_colour = vec4(c, 1.0);
}
)";

const char* const kFlatVertex = R"(#version 300 es
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec2 a_offset;
layout(location = 2) in float a_width_m;
layout(location = 3) in float a_min_width_px;
layout(location = 4) in vec4 a_colour;
uniform mat4 u_view_proj;
uniform vec3 u_eye;
uniform float u_m_per_px_per_m;  // 2 tan(fov/2) / viewport height: metres per pixel per metre of depth
uniform float u_lift_m;          // raises the layer (the transport overlay) above low buildings
out vec4 v_colour;
out vec2 v_offset;
void main() {
  vec3 p = a_position;
  p.z += u_lift_m;
  float m_per_px = distance(u_eye, p) * u_m_per_px_per_m;
  float width = max(a_width_m, a_min_width_px * m_per_px);
  p.xy += a_offset * (0.5 * width);
  v_colour = a_colour;
  v_offset = a_offset;
  gl_Position = u_view_proj * vec4(p, 1.0);
}
)";

const char* const kFlatFragment = R"(#version 300 es
precision mediump float;
in vec4 v_colour;
in vec2 v_offset;
uniform bool u_disc;   // station discs: white centre in a ring of the line colour
out vec4 o_colour;
void main() {
  vec4 c = v_colour;
  if (u_disc) {
    float r = length(v_offset);
    if (r > 1.0) discard;
    if (r < 0.55) c = vec4(1.0);
  }
  o_colour = c;
}
)";

}  // namespace render::shaders
