"""Writes the NumPy fixtures of VoxelFilesTest with numpy itself (run from this directory:
python3 make_npy_fixtures.py; made with numpy 2.4.6). Every array has shape (nz, ny, nx) = (3, 4, 5)
and holds label(x, y, z) = (x + 2*y + 3*z) % 4 at [z, y, x]."""
import numpy as np

z, y, x = np.meshgrid(np.arange(3), np.arange(4), np.arange(5), indexing="ij")
labels = ((x + 2 * y + 3 * z) % 4).astype(np.uint8)

np.save("labels_u1_c.npy", labels)                                  # '|u1', C order, format 1.0
np.save("labels_u1_f.npy", np.asfortranarray(labels))               # '|u1', Fortran order
np.save("labels_u2_le.npy", (labels.astype(np.uint16) * 1000).astype("<u2"))  # '<u2', values 0, 1000, 2000, 3000
np.save("labels_u2_be.npy", (labels.astype(np.uint16) * 1000).astype(">u2"))  # '>u2'
np.save("labels_i8_c.npy", labels.astype(np.int64))                 # '<i8', numpy's default integer
with open("labels_u1_v2.npy", "wb") as f:                           # format 2.0 (4-byte header length)
    np.lib.format.write_array(f, labels, version=(2, 0))
np.save("labels_f4.npy", labels.astype(np.float32))                 # '<f4': not an integer dtype
