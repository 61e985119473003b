// Imports for an interactive Interphase session (loaded by docs/jshell/interphase-jshell).
import org.interphase.core.*;
import java.util.*;
import java.util.stream.*;
