# Fails when a user-visible string in the sources has no German translation: runs lupdate over
# the project's folders into a copy of journeylens_de.ts, then counts unfinished entries.
foreach(var LUPDATE LRELEASE SOURCE_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}")
configure_file("${SOURCE_DIR}/translations/journeylens_de.ts" "${WORK_DIR}/journeylens_de.ts" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none app model views -ts "${WORK_DIR}/journeylens_de.ts"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE lupdate_result OUTPUT_VARIABLE lupdate_output ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${lupdate_output}")
endif()
execute_process(
    COMMAND "${LRELEASE}" "${WORK_DIR}/journeylens_de.ts" -qm "${WORK_DIR}/journeylens_de.qm"
    RESULT_VARIABLE lrelease_result OUTPUT_VARIABLE lrelease_output ERROR_VARIABLE lrelease_output)
if(NOT lrelease_result EQUAL 0)
    message(FATAL_ERROR "lrelease failed:\n${lrelease_output}")
endif()
string(REGEX MATCH "([0-9]+) finished and ([0-9]+) unfinished" counts "${lrelease_output}")
if(NOT counts)
    message(FATAL_ERROR "Unexpected lrelease output:\n${lrelease_output}")
endif()
set(finished ${CMAKE_MATCH_1})
set(unfinished ${CMAKE_MATCH_2})
# New strings arrive from lupdate with an empty translation: lrelease counts them apart, as
# "Ignored N untranslated source text(s)".
set(untranslated 0)
if(lrelease_output MATCHES "Ignored ([0-9]+) untranslated")
    set(untranslated ${CMAKE_MATCH_1})
endif()
if(NOT unfinished EQUAL 0 OR NOT untranslated EQUAL 0 OR finished LESS 100)
    message(FATAL_ERROR "German translation incomplete (${counts}, ${untranslated} untranslated). Build the update_translations "
                        "target and translate the new entries of translations/journeylens_de.ts.")
endif()
message(STATUS "German translation complete: ${counts}")
