// Imports for an interactive Interphase session (loaded by docs/jshell/interphase-jshell; the build runs
// this file too). Every family is imported on demand, with uncertainty propagation, parameter sweeps,
// instrument files (impedance.io) and figures (plots, module interphase-plots). No simple name is public
// in two of these packages (nor in java.lang or JShell's default java.* imports): diffusion's species is
// DiffusingSpecies, so Species means the space-charge ion of org.interphase.spacecharge. A name that ever
// clashes gets a single-type import here, which wins over the on-demand ones; the launcher warns when it
// finds one.
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.diffusion.*;
import org.interphase.spacecharge.*;
import org.interphase.contact.*;
import org.interphase.buffer.*;
import org.interphase.impedance.*;
import org.interphase.stack.*;
import org.interphase.microstructure.*;
import org.interphase.anode.*;
import org.interphase.uncertainty.*;
import org.interphase.sweep.*;
import org.interphase.impedance.io.*;
import org.interphase.plots.*;
import java.util.*;
import java.util.stream.*;
