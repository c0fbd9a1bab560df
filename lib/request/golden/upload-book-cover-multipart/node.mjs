import fs from 'fs';

const formData = new FormData();
formData.append('file', await new Response(fs.createReadStream('cover.png')).blob());
formData.append('altText', 'A dark blue cover with the title in white capitals, and the author's name');

const url = 'https://api.bookshelf.example/v1/books/bk_001/cover';
const options = {
  method: 'PUT',
  headers: {Accept: 'application/json', 'X-API-Key': 'YOUR_API_KEY'},
  body: formData
};

fetch(url, options)
  .then(res => res.json())
  .then(json => console.log(json))
  .catch(err => console.error(err));
