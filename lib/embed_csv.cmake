# Turns DIR/NAME.csv into a C++ table of {name, csv text}, byte for byte:
# the built-in rule profiles (data-samples/profiles/) and standards tables
# (data-samples/standards/). Called by CMakeLists.txt's jiedui_embed_csv with
# DIR, OUT (the .cpp), HEADER (declares FN), NS (its namespace) and FN.
file(GLOB files ${DIR}/*.csv)
list(SORT files)
set(body "")
foreach(f ${files})
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} text)
  string(APPEND body "    {\"${name}\", R\"JIEDUI(${text})JIEDUI\"},\n")
endforeach()
get_filename_component(dir_name ${DIR} NAME)
file(WRITE ${OUT}.tmp "// Generated from data-samples/${dir_name}/*.csv by lib/embed_csv.cmake.\n#include \"${HEADER}\"\n\nnamespace ${NS} {\nconst std::vector<EmbeddedCsv>& ${FN}() {\n  static const std::vector<EmbeddedCsv> all = {\n${body}  };\n  return all;\n}\n}  // namespace ${NS}\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
