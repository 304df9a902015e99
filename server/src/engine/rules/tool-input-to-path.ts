import { Kind, type TaintRule } from './types';

const FS_METHODS = [
  'readFile', 'readFileSync', 'writeFile', 'writeFileSync', 'appendFile', 'appendFileSync',
  'createReadStream', 'createWriteStream', 'open', 'openSync', 'unlink', 'unlinkSync', 'rm', 'rmSync',
  'rmdir', 'rmdirSync', 'mkdir', 'mkdirSync', 'readdir', 'readdirSync', 'opendir', 'copyFile', 'copyFileSync',
  'cp', 'cpSync', 'rename', 'renameSync', 'truncate', 'truncateSync', 'chmod', 'chmodSync', 'chown',
  'symlink', 'symlinkSync', 'link', 'utimes', 'watch',
  // stat/lstat of a chosen path tells the model whether any file exists, its size and times
  // (as os.stat does in Python).
  'stat', 'statSync', 'lstat', 'lstatSync',
];
// access/realpath/readlink are left out on purpose: they are what path-containment checks
// themselves call before deciding.
const FS_EXTRA = ['outputFile', 'outputFileSync', 'outputJson', 'readJson', 'readJsonSync', 'writeJson', 'writeJsonSync', 'remove', 'removeSync', 'copy', 'copySync', 'move', 'moveSync', 'ensureDir', 'ensureFile', 'emptyDir', 'pathExists'];
const F = 'a file system path';
/** pandas readers that take a local path or a URL (http(s), ftp, s3, gs…) as their first argument. */
export const PANDAS_READERS = ['read_csv', 'read_table', 'read_fwf', 'read_json', 'read_parquet', 'read_excel', 'read_html', 'read_xml', 'read_feather', 'read_orc', 'read_stata', 'read_sas', 'read_spss'];

export const toolInputToPath: TaintRule = {
  meta: {
    id: 'tool-input-to-path',
    title: 'Tool input chooses a file system path without a containment check',
    severity: 'error',
    cwe: [22],
    languages: ['ts', 'py'],
    docs: 'docs/rules/tool-input-to-path.md',
  },
  kind: Kind.Path,
  sinks: {
    ts: [
      { callees: FS_METHODS.map((m) => `fs.${m}`), args: [0], what: F },
      { callees: ['fs.copyFile', 'fs.copyFileSync', 'fs.cp', 'fs.cpSync', 'fs.rename', 'fs.renameSync', 'fs.symlink', 'fs.symlinkSync', 'fs.link'], args: [1], what: F },
      { callees: [...FS_EXTRA.map((m) => `fs-extra.${m}`), ...FS_METHODS.map((m) => `fs-extra.${m}`)], args: [0], what: F },
      { callees: ['fs-extra.copy', 'fs-extra.move', 'fs-extra.copySync', 'fs-extra.moveSync'], args: [1], what: F },
      { callees: ['shelljs.rm', 'shelljs.cat', 'shelljs.cp', 'shelljs.mv', 'shelljs.ls'], args: 'all', what: F },
      { callees: ['rimraf', 'rimraf.rimraf', 'rimraf.sync', 'del', 'del.deleteAsync', 'del.deleteSync'], args: [0], what: F },
      { callees: ['*.sendFile', '*.download'], receiver: /^res|response$/i, what: F },
      { callees: ['*.screenshot', '*.pdf'], receiver: /page|^p$|browser|tab/i, args: [], keys: ['path'], what: F },
      // Image pipelines: sharp(input) reads a file (or takes a Buffer), .toFile(out) writes one.
      { callees: ['sharp'], args: [0], what: F },
      { callees: ['*.toFile'], receiver: /^sharp$/, args: [0], what: F },
    ],
    py: [
      { callees: ['open', 'io.open', 'codecs.open', 'aiofiles.open', 'builtins.open'], args: [0], keys: ['file'], what: F },
      {
        callees: ['os.remove', 'os.unlink', 'os.rmdir', 'os.removedirs', 'os.listdir', 'os.scandir', 'os.walk', 'os.mkdir', 'os.makedirs', 'os.open', 'os.chmod', 'os.chown', 'os.stat', 'os.readlink', 'os.truncate',
          'shutil.rmtree', 'shutil.copy', 'shutil.copy2', 'shutil.copyfile', 'shutil.copytree', 'shutil.move', 'shutil.make_archive', 'shutil.unpack_archive',
          'os.rename', 'os.replace', 'glob.glob', 'glob.iglob', 'aiofiles.os.remove', 'aiofiles.os.listdir', 'aiofiles.os.stat', 'aiofiles.os.makedirs', 'aiofiles.os.rename',
          'send_file', 'flask.send_file', 'starlette.responses.FileResponse', 'fastapi.responses.FileResponse', 'FileResponse', 'zipfile.ZipFile', 'tarfile.open', 'sqlite3.connect', 'np.load', 'numpy.load'],
        args: [0], what: F,
      },
      { callees: ['os.rename', 'os.replace', 'shutil.copy', 'shutil.copy2', 'shutil.copyfile', 'shutil.copytree', 'shutil.move'], args: [1], what: F },
      // Readers of documents and images that open the path they are given.
      {
        callees: ['PIL.Image.open', 'cv2.imread', 'cv2.imwrite', 'imageio.imread', 'openpyxl.load_workbook', 'docx.Document', 'fitz.open', 'pymupdf.open', 'pypdf.PdfReader', 'PyPDF2.PdfReader', 'pdfplumber.open', 'h5py.File', 'xml.etree.ElementTree.parse', 'lxml.etree.parse', 'markdown.markdownFromFile'],
        args: [0],
        what: F,
      },
      // Scientific, geospatial and audio readers (xarray, rasterio, netCDF4, GDAL/fiona/geopandas,
      // soundfile/librosa, numpy text loaders, SciPy .mat files, medical images).
      {
        callees: ['xarray.open_dataset', 'xarray.open_dataarray', 'xarray.open_mfdataset', 'xarray.open_zarr', 'xarray.load_dataset', 'rasterio.open', 'netCDF4.Dataset',
          'geopandas.read_file', 'fiona.open', 'osgeo.gdal.Open', 'gdal.Open', 'soundfile.read', 'soundfile.write', 'soundfile.SoundFile', 'librosa.load', 'wave.open',
          'numpy.loadtxt', 'numpy.genfromtxt', 'numpy.fromfile', 'numpy.save', 'numpy.savetxt', 'np.loadtxt', 'np.genfromtxt', 'np.fromfile', 'np.save', 'np.savetxt',
          'scipy.io.loadmat', 'scipy.io.savemat', 'nibabel.load', 'pydicom.dcmread', 'pyarrow.parquet.read_table', 'polars.read_csv', 'polars.read_parquet', 'trimesh.load'],
        args: [0],
        what: F,
      },
      // pandas readers open a local path, or fetch a URL (tool-input-to-url reports those). Not
      // read_html / read_xml: what they are given is as often the document's text.
      { callees: PANDAS_READERS.filter((r) => r !== 'read_html' && r !== 'read_xml').flatMap((r) => [`pd.${r}`, `pandas.${r}`]), args: [0], keys: ['filepath_or_buffer', 'path', 'io', 'path_or_buf'], pathOrUrl: 'path', what: F },
      // Model and cache files loaded from a path (also deserialisation sinks).
      { callees: ['torch.load', 'joblib.load', 'shelve.open', 'dbm.open', 'safetensors.torch.load_file', 'h5py.File'], args: [0], keys: ['f', 'filename'], what: F },
      // Methods of tarfile / zipfile archives (the evaluator tags them): members added from, or extracted to, a path.
      { callees: ['archive.add', 'archive.write', 'archive.extractall'], args: [0], keys: ['name', 'filename', 'path'], what: F },
      { callees: ['archive.extract'], args: [1], keys: ['path'], what: F },
      // pandas DataFrame / Series writers take the output path first.
      { callees: ['*.to_csv', '*.to_parquet', '*.to_excel', '*.to_pickle', '*.to_feather', '*.to_hdf', '*.to_stata', '*.to_orc'], args: [0], keys: ['path_or_buf', 'path', 'excel_writer', 'fname'], what: F },
      // Headless-browser captures written to a path (playwright / pyppeteer).
      { callees: ['*.screenshot', '*.pdf'], receiver: /page|^p$|browser|tab|frame|locator|element/i, args: [], keys: ['path'], what: F },
      // Pillow images (the evaluator tags what Image.open/new/ImageOps return): `im.save(fp)` writes a file.
      { callees: ['image.save'], args: [0], keys: ['fp'], what: F },
      // Jupyter notebooks read from / written to a path.
      { callees: ['nbformat.read'], args: [0], keys: ['fp'], what: F },
      { callees: ['nbformat.write'], args: [1], keys: ['fp'], what: F },
      // pathlib.Path(x).read_text() etc.: the evaluator reports these on Path objects built from tool input.
      { callees: ['pathlib.Path.*'], args: [], what: F },
    ],
  },
};
