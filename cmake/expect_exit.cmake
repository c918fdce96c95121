# Run a program and check its exit status and, optionally, what it writes to standard error.
#   cmake -DCOMMAND="prog;arg" -DSTATUS=1 [-DSTDERR_MATCHES=regex] -P expect_exit.cmake
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL STATUS)
  message(FATAL_ERROR "${COMMAND} exited with ${status}, expected ${STATUS}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED STDERR_MATCHES AND NOT err MATCHES "${STDERR_MATCHES}")
  message(FATAL_ERROR "standard error does not match '${STDERR_MATCHES}':\n${err}")
endif()
if(DEFINED STDOUT_MATCHES AND NOT out MATCHES "${STDOUT_MATCHES}")
  message(FATAL_ERROR "standard output does not match '${STDOUT_MATCHES}':\n${out}")
endif()
